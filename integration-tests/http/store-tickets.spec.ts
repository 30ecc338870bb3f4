import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdmin, createCustomer, createPublishableKey, guestHeaders } from "../helpers/actors"
import { createOrder, createRegion, errorOf, statusOf } from "../helpers/orders"
import { PNG } from "../helpers/files"

jest.setTimeout(120_000)


medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let pk: string
    let alice: Awaited<ReturnType<typeof createCustomer>>
    let bob: Awaited<ReturnType<typeof createCustomer>>
    let admin: Awaited<ReturnType<typeof createAdmin>>
    let aliceOrder: { id: string }
    let bobOrder: { id: string }
    let guestOrder: { id: string }

    beforeAll(async () => {
      const container = getContainer()
      pk = await createPublishableKey(container)
      alice = await createCustomer(container, pk, { email: "alice@shop.test", first_name: "Alice" })
      bob = await createCustomer(container, pk, { email: "bob@shop.test", first_name: "Bob" })
      admin = await createAdmin(container)
      const region = await createRegion(container)
      aliceOrder = await createOrder(container, { region_id: region.id, email: "alice@shop.test", customer_id: alice.customer.id })
      bobOrder = await createOrder(container, { region_id: region.id, email: "bob@shop.test", customer_id: bob.customer.id })
      guestOrder = await createOrder(container, { region_id: region.id, email: "guest@shop.test" })
    })

    const open = (headers: { headers: Record<string, string> }, body: Record<string, unknown> = {}) =>
      api.post("/store/support/tickets", { subject: "Where is my parcel?", body: "It has been a week.", ...body }, headers)

    describe("who may see and touch a ticket", () => {
      it("lets the owner work the ticket and gives everyone else the 404 of a missing ticket", async () => {
        const created = await open(alice, { order_id: aliceOrder.id })
        expect(created.status).toBe(201)
        const ticket = created.data.ticket
        expect(created.data.access_token).toBeUndefined()
        expect(ticket).toMatchObject({ status: "open", channel: "web", order_id: aliceOrder.id })
        expect(ticket.messages).toHaveLength(1)
        expect(ticket.messages[0]).toMatchObject({ author_type: "customer", author_name: "Alice Shopper" })
        for (const hidden of ["customer_id", "email", "priority", "assignee_id", "tags", "identity", "access_token_hash", "search_text"]) {
          expect(ticket).not.toHaveProperty(hidden)
        }

        const path = `/store/support/tickets/${ticket.id}`
        expect((await api.get(path, alice)).status).toBe(200)

        const missing = await errorOf(api.get(`/store/support/tickets/supt_doesnotexist`, bob))
        const foreign = await errorOf(api.get(path, bob))
        expect(foreign.status).toBe(404)
        expect(missing.status).toBe(404)
        expect(foreign.data.type).toBe(missing.data.type)

        expect(await statusOf(api.get(path, guestHeaders(pk)))).toBe(404)
        expect(await statusOf(api.get(path, guestHeaders(pk, "x".repeat(43))))).toBe(404)
        expect(await statusOf(api.get(path))).toBe(400) // no publishable key
        expect(await statusOf(api.post(`${path}/messages`, { body: "hi" }, bob))).toBe(404)
        expect(await statusOf(api.post(`${path}/close`, {}, bob))).toBe(404)
        expect(await statusOf(api.post(`${path}/reopen`, {}, guestHeaders(pk)))).toBe(404)
        expect(await statusOf(api.post(`${path}/rating`, { score: 1 }, bob))).toBe(404)

        const aliceList = await api.get("/store/support/tickets", alice)
        expect(aliceList.data.tickets.map((t: any) => t.id)).toEqual([ticket.id])
        expect(aliceList.data).toMatchObject({ count: 1, offset: 0, limit: 20 })
        const bobList = await api.get("/store/support/tickets", bob)
        expect(bobList.data.count).toBe(0)
        expect(await statusOf(api.get("/store/support/tickets", guestHeaders(pk)))).toBe(401)
      })

      it("never shows internal notes to the shopper, whatever fields are asked for", async () => {
        const { data } = await open(alice)
        const id = data.ticket.id
        await api.post(`/admin/support/tickets/${id}/messages`, { body: "Customer seems upset; refund likely", internal: true }, admin)
        await api.post(`/admin/support/tickets/${id}/messages`, { body: "We are on it!" }, admin)

        for (const query of ["", "?fields=*messages", "?fields=messages.internal,messages.*,*"]) {
          const res = await api.get(`/store/support/tickets/${id}${query}`, alice)
          const bodies = res.data.ticket.messages.map((m: any) => m.body)
          expect(bodies).toEqual(["It has been a week.", "We are on it!"])
          expect(JSON.stringify(res.data)).not.toContain("refund likely")
          expect(res.data.ticket.messages[1]).toMatchObject({ author_type: "agent", author_name: "Alex" })
          expect(res.data.ticket.messages[1]).not.toHaveProperty("internal")
        }
        const list = await api.get("/store/support/tickets?fields=*messages", alice)
        expect(JSON.stringify(list.data)).not.toContain("refund likely")
      })

      it("gives a guest a secret token and does not tie the ticket to an account with that email", async () => {
        const created = await open(guestHeaders(pk), { email: "Alice@Shop.test", name: "Not Alice" })
        expect(created.status).toBe(201)
        const token = created.data.access_token
        expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
        const id = created.data.ticket.id

        expect((await api.get(`/store/support/tickets/${id}`, guestHeaders(pk, token))).status).toBe(200)
        expect(await statusOf(api.get(`/store/support/tickets/${id}`, alice))).toBe(404)
        expect((await api.get("/store/support/tickets", alice)).data.count).toBe(0)

        const other = await open(guestHeaders(pk), { email: "someone@else.test" })
        expect(await statusOf(api.get(`/store/support/tickets/${other.data.ticket.id}`, guestHeaders(pk, token)))).toBe(404)

        const asAgent = await api.get(`/admin/support/tickets/${id}`, admin)
        expect(asAgent.data.ticket).toMatchObject({ customer_id: null, identity: "unverified", email: "alice@shop.test" })
        expect(asAgent.data.ticket).not.toHaveProperty("access_token_hash")

        const reply = await api.post(`/store/support/tickets/${id}/messages`, { body: "Any news?" }, guestHeaders(pk, token))
        expect(reply.status).toBe(201)
        expect(reply.data.ticket.messages.at(-1)).toMatchObject({ author_type: "customer", author_name: "Not Alice" })
        expect(await statusOf(api.post("/store/support/tickets", { subject: "s", body: "b" }, guestHeaders(pk)))).toBe(400)
      })
    })

    describe("strict input", () => {
      it("refuses server-owned fields, operator objects and form posts", async () => {
        for (const extra of [
          { customer_id: bob.customer.id },
          { status: "closed" },
          { priority: "urgent" },
          { assignee_id: admin.user.id },
          { channel: "email" },
          { id: "supt_mine" },
          { created_at: "2020-01-01" },
          { tags: ["vip"] },
          { email: { $ne: "x" } },
        ]) {
          expect(await statusOf(open(guestHeaders(pk), { email: "g@shop.test", ...extra }))).toBe(400)
        }
        expect(await statusOf(api.get("/store/support/tickets?status[$ne]=open", alice))).toBe(400)
        const form = await statusOf(
          api.post("/store/support/tickets", "subject=a&body=b&email=g%40shop.test", {
            headers: { ...guestHeaders(pk).headers, "content-type": "application/x-www-form-urlencoded" },
          })
        )
        expect(form).toBe(400)
        expect((await api.get("/admin/support/tickets", admin)).data.count).toBe(0)
      })

      it("answers text Postgres cannot store with 400 and keeps every script exactly", async () => {
        expect(await statusOf(open(alice, { body: "nul \u0000 byte" }))).toBe(400)
        expect(await statusOf(open(alice, { subject: "lone \ud800 surrogate" }))).toBe(400)
        expect(await statusOf(open(alice, { body: "x".repeat(20_001) }))).toBe(400)
        expect(await statusOf(open(alice, { body: "x".repeat(200_000) }))).toBe(413)

        const texts = {
          subject: "환불 요청 — Επιστροφή χρημάτων",
          body: "안녕하세요, 주문을 환불하고 싶습니다.\nΘέλω επιστροφή.\nمرحبا، أريد استرداد المبلغ\nשלום 👩‍👩‍👧‍👦 🇰🇷 e\u0301",
        }
        const created = await open(alice, texts)
        expect(created.data.ticket.subject).toBe(texts.subject)
        const again = await api.get(`/store/support/tickets/${created.data.ticket.id}`, alice)
        expect(again.data.ticket.messages[0].body).toBe(texts.body)
      })
    })

    describe("orders on tickets", () => {
      it("accepts only the caller's own order", async () => {
        expect(await statusOf(open(alice, { order_id: bobOrder.id }))).toBe(404)
        expect(await statusOf(open(alice, { order_id: "order_missing" }))).toBe(404)
        expect(await statusOf(open(guestHeaders(pk), { email: "guest@shop.test", order_id: guestOrder.id }))).toBe(201)
        expect(await statusOf(open(guestHeaders(pk), { email: "other@shop.test", order_id: guestOrder.id }))).toBe(404)
        expect((await api.get("/admin/support/tickets", admin)).data.count).toBe(1)
      })
    })

    describe("retries and races", () => {
      it("creates one ticket per Idempotency-Key and caller, also when the retries race", async () => {
        const withKey = (h: { headers: Record<string, string> }, key: string) => ({ headers: { ...h.headers, "idempotency-key": key } })
        const first = await open(withKey(alice, "key-1"))
        const again = await open(withKey(alice, "key-1"))
        expect(again.status).toBe(201)
        expect(again.data.ticket.id).toBe(first.data.ticket.id)

        const raced = await Promise.all(Array.from({ length: 6 }, () => open(withKey(bob, "key-race"))))
        expect(new Set(raced.map((r) => r.data.ticket.id)).size).toBe(1)

        const guest = withKey(guestHeaders(pk), "guest-key")
        const g1 = await open(guest, { email: "g@shop.test" })
        const g2 = await open(guest, { email: "g@shop.test" })
        expect(g2.data.ticket.id).toBe(g1.data.ticket.id)
        expect(g2.data.access_token).toBe(g1.data.access_token)

        // The same key from someone else is another request.
        const g3 = await open(guest, { email: "h@shop.test" })
        expect(g3.data.ticket.id).not.toBe(g1.data.ticket.id)
        expect((await api.get("/admin/support/tickets", admin)).data.count).toBe(4)
      })

      it("keeps all of 20 concurrent replies in order and reopens a pending ticket", async () => {
        const { data } = await open(alice)
        const id = data.ticket.id
        await api.post(`/admin/support/tickets/${id}`, { status: "pending" }, admin)
        const bodies = Array.from({ length: 20 }, (_, i) => `reply ${i}`)
        const results = await Promise.all(bodies.map((body) => api.post(`/store/support/tickets/${id}/messages`, { body }, alice)))
        expect(results.every((r) => r.status === 201)).toBe(true)

        const { data: after } = await api.get(`/store/support/tickets/${id}`, alice)
        const customerMessages = after.ticket.messages.filter((m: any) => m.author_type === "customer")
        expect(customerMessages).toHaveLength(21)
        expect(new Set(customerMessages.map((m: any) => m.body))).toEqual(new Set(["It has been a week.", ...bodies]))
        const times = after.ticket.messages.map((m: any) => new Date(m.created_at).getTime())
        expect([...times].sort((a, b) => a - b)).toEqual(times)
        expect(new Date(after.ticket.last_message_at).getTime()).toBe(Math.max(...customerMessages.map((m: any) => new Date(m.created_at).getTime())))
        expect(after.ticket.status).toBe("open")
      })
    })

    describe("closing, reopening and rating", () => {
      it("lets the shopper close, reopen and rate once after a solve", async () => {
        const { data } = await open(alice)
        const path = `/store/support/tickets/${data.ticket.id}`
        expect(await statusOf(api.post(`${path}/rating`, { score: 5 }, alice))).toBe(400)

        expect((await api.post(`${path}/close`, {}, alice)).data.ticket.status).toBe("closed")
        expect((await api.post(`${path}/reopen`, {}, alice)).data.ticket.status).toBe("open")

        await api.post(`/admin/support/tickets/${data.ticket.id}/messages`, { body: "Refunded.", status: "solved" }, admin)
        const rated = await api.post(`${path}/rating`, { score: 4, comment: "빠른 답변 감사합니다" }, alice)
        expect(rated.data.ticket.rating).toMatchObject({ score: 4, comment: "빠른 답변 감사합니다" })
        expect(await statusOf(api.post(`${path}/rating`, { score: 1 }, alice))).toBe(409)
        expect(await statusOf(api.post(`${path}/rating`, { score: 6 }, alice))).toBe(400)

        // A shopper's reply to a solved ticket opens it again.
        const reply = await api.post(`${path}/messages`, { body: "One more thing" }, alice)
        expect(reply.data.ticket.status).toBe("open")
      })
    })

    describe("bursts", () => {
      it("answers 429 with Retry-After once a client opens too many tickets, per client", async () => {
        const statuses: number[] = []
        for (let i = 0; i < 11; i++) statuses.push(await statusOf(open(guestHeaders(pk), { email: `burst${i}@shop.test` })))
        expect(statuses.slice(0, 10)).toEqual(Array(10).fill(201))
        const refused = await api.post("/store/support/tickets", { subject: "s", body: "b", email: "x@shop.test" }, guestHeaders(pk)).catch((e: any) => e.response)
        expect(refused.status).toBe(429)
        expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0)
        expect((await api.get("/admin/support/tickets", admin)).data.count).toBe(10)
        // A signed-in customer is counted by account, not by the shared address.
        expect(await statusOf(open(alice))).toBe(201)
        // Expired windows are cleaned up by the job.
        const helpdesk: any = getContainer().resolve("helpdesk")
        const expired = await getContainer().resolve("__pg_connection__").raw("UPDATE support_rate_limit SET expires_at = now() - interval '1 second'")
        expect(expired.rowCount).toBeGreaterThanOrEqual(2)
        expect(await helpdesk.deleteExpiredRateLimits()).toBe(expired.rowCount)
        expect(await statusOf(open(guestHeaders(pk), { email: "again@shop.test" }))).toBe(201)
      })
    })

    describe("attachments", () => {
      const upload = (headers: { headers: Record<string, string> }, files: { name: string; content: Buffer; type: string }[]) => {
        const form = new FormData()
        for (const f of files) form.append("files", new Blob([new Uint8Array(f.content)], { type: f.type }), f.name)
        return api.post("/store/support/uploads", form, headers)
      }

      it("stores screenshots by content type, refuses script-capable files and others' uploads", async () => {
        const res = await upload(alice, [{ name: "../../etc/screen shot.png", content: PNG, type: "image/png" }])
        expect(res.status).toBe(201)
        const [file] = res.data.files
        expect(file).toMatchObject({ filename: "screen shot.png", mime_type: "image/png", size: PNG.length })

        const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
        expect(await statusOf(upload(alice, [{ name: "cat.png", content: svg, type: "image/png" }]))).toBe(400)
        const noKey = { headers: { authorization: alice.headers.authorization } }
        expect(await statusOf(upload(noKey, [{ name: "a.png", content: PNG, type: "image/png" }]))).toBe(400)
        expect(await statusOf(upload(alice, [{ name: "big.png", content: Buffer.concat([PNG, Buffer.alloc(11 * 1024 * 1024)]), type: "image/png" }]))).toBe(413)

        expect(await statusOf(open(bob, { attachment_ids: [file.id] }))).toBe(404)
        expect((await api.get("/store/support/tickets", bob)).data.count).toBe(0)

        const created = await open(alice, { attachment_ids: [file.id] })
        expect(created.data.ticket.messages[0].attachments).toEqual([
          expect.objectContaining({ id: file.id, filename: "screen shot.png", mime_type: "image/png" }),
        ])
        // An attachment is used once.
        expect(await statusOf(open(alice, { attachment_ids: [file.id] }))).toBe(404)
      })
    })
  },
})
