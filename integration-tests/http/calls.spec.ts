import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdmin, createCustomer, createPublishableKey, guestHeaders } from "../helpers/actors"
import { errorOf } from "../helpers/orders"

jest.setTimeout(120_000)

const hours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let pk: string
    let admin: Awaited<ReturnType<typeof createAdmin>>
    let other: Awaited<ReturnType<typeof createCustomer>>

    beforeAll(async () => {
      const container = getContainer()
      pk = await createPublishableKey(container)
      admin = await createAdmin(container, { first_name: "Nikos" })
      other = await createCustomer(container, pk, { email: "other@calls.test" })
    })

    const openGuest = async () => {
      const res = await api.post(
        "/store/support/tickets",
        { subject: "Call me please", body: "Easier by phone", email: "caller@calls.test", name: "Eleni" },
        guestHeaders(pk)
      )
      return { id: res.data.ticket.id as string, guest: guestHeaders(pk, res.data.access_token) }
    }

    it("takes a guest's callback request as a phone line, with the number and window for agents", async () => {
      const { id, guest } = await openGuest()
      const start = hours(2)
      const end = hours(4)
      const res = await api.post(`/store/support/tickets/${id}/callback`, { phone: "+30 (210) 123-4567", window_start: start, window_end: end }, guest)
      const line = res.data.ticket.messages.at(-1)
      expect(line).toMatchObject({ author_type: "customer", body: expect.stringMatching(/^Please call me back on \+302101234567 between /) })
      expect(JSON.stringify(res.data)).not.toContain("metadata")

      const agentView = (await api.get(`/admin/support/tickets/${id}`, admin)).data.ticket
      expect(agentView.tags).toContain("callback-requested")
      expect(agentView.messages.at(-1)).toMatchObject({
        channel: "phone",
        metadata: { callback: { phone: "+302101234567", window_start: start, window_end: end } },
      })
      const view = await api.get(`/admin/support/tickets?tag=callback-requested&fields=id`, admin)
      expect(view.data.tickets.map((t: { id: string }) => t.id)).toContain(id)
    })

    it("refuses bad numbers and windows with 400, and strangers with 404, writing nothing", async () => {
      const { id, guest } = await openGuest()
      const bad = [
        { phone: "call me", window_start: hours(1), window_end: hours(2) },
        { phone: "+302101234567", window_start: hours(3), window_end: hours(2) },
        { phone: "+302101234567", window_start: hours(-5), window_end: hours(-1) },
        { phone: "+302101234567", window_start: hours(1), window_end: hours(20) },
        { phone: "+302101234567", window_start: "tomorrow", window_end: hours(2) },
        { phone: "+302101234567", window_start: hours(1), window_end: hours(2), note: "x" },
      ]
      for (const body of bad) expect((await errorOf(api.post(`/store/support/tickets/${id}/callback`, body, guest))).status).toBe(400)
      const ok = { phone: "+302101234567", window_start: hours(1), window_end: hours(2) }
      expect((await errorOf(api.post(`/store/support/tickets/${id}/callback`, ok, other))).status).toBe(404)
      expect((await errorOf(api.post(`/store/support/tickets/${id}/callback`, ok, guestHeaders(pk)))).status).toBe(404)
      const thread = (await api.get(`/admin/support/tickets/${id}`, admin)).data.ticket
      expect(thread.messages).toHaveLength(1)
      expect(thread.tags).not.toContain("callback-requested")
    })

    it("logs an agent's call: the shopper sees the outcome line, never the notes; the request tag goes", async () => {
      const { id, guest } = await openGuest()
      await api.post(`/store/support/tickets/${id}/callback`, { phone: "+302101234567", window_start: hours(1), window_end: hours(2) }, guest)
      const logged = await api.post(
        `/admin/support/tickets/${id}/calls`,
        { outcome: "reached", duration_seconds: 610, notes: "NOTE-secret: offered a refund, waiting on the warehouse" },
        admin
      )
      expect(logged.status).toBe(201)
      expect(logged.data.ticket.tags).not.toContain("callback-requested")
      expect(logged.data.ticket.messages.at(-1)).toMatchObject({
        channel: "phone",
        author_type: "agent",
        body: "We spoke on the phone (10 min).",
        metadata: { call: { outcome: "reached", duration_seconds: 610, notes: "NOTE-secret: offered a refund, waiting on the warehouse" } },
      })

      const shopper = await api.get(`/store/support/tickets/${id}`, guest)
      expect(shopper.data.ticket.messages.at(-1).body).toBe("We spoke on the phone (10 min).")
      expect(JSON.stringify(shopper.data)).not.toContain("NOTE-secret")
      const page = await api.get(`/store/support/tickets/${id}/messages`, guest)
      expect(JSON.stringify(page.data)).not.toContain("NOTE-secret")

      expect((await errorOf(api.post(`/admin/support/tickets/${id}/calls`, { outcome: "maybe" }, admin))).status).toBe(400)
      expect((await errorOf(api.post(`/admin/support/tickets/${id}/calls`, { outcome: "reached" }, guest))).status).toBe(401)
    })

    it("lists the newest callback request of each given ticket for the inbox view, to agents only", async () => {
      const a = await openGuest()
      const b = await openGuest()
      const c = await openGuest()
      const [s3, e4] = [hours(3), hours(4)]
      await api.post(`/store/support/tickets/${a.id}/callback`, { phone: "+30 210 000 0001", window_start: hours(1), window_end: hours(2) }, a.guest)
      await api.post(`/store/support/tickets/${a.id}/callback`, { phone: "+30 210 000 0002", window_start: s3, window_end: e4 }, a.guest)
      await api.post(`/store/support/tickets/${b.id}/callback`, { phone: "+82 2 000 0003", window_start: hours(1), window_end: hours(2) }, b.guest)
      const res = await api.get(`/admin/support/callback-requests?ticket_id=${a.id}&ticket_id=${b.id}&ticket_id=${c.id}`, admin)
      const byTicket = Object.fromEntries(res.data.callback_requests.map((r: { ticket_id: string }) => [r.ticket_id, r]))
      expect(Object.keys(byTicket).sort()).toEqual([a.id, b.id].sort())
      expect(byTicket[a.id]).toMatchObject({ phone: "+302100000002", window_start: s3, window_end: e4 })
      expect(byTicket[b.id]).toMatchObject({ phone: "+8220000003" })
      const many = Array.from({ length: 21 }, (_, i) => `ticket_id=supt_${i}`).join("&")
      expect((await errorOf(api.get(`/admin/support/callback-requests?${many}`, admin))).status).toBe(400)
      expect((await errorOf(api.get(`/admin/support/callback-requests?ticket_id=${a.id}`, a.guest))).status).toBe(401)
    })
  },
})
