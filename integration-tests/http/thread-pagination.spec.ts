import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createAdmin, createCustomer, createPublishableKey, guestHeaders } from "../helpers/actors"
import { createOrder, createRegion, errorOf, statusOf } from "../helpers/orders"
import { HELPDESK_MODULE } from "../../src/modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../src/modules/helpdesk/service"

jest.setTimeout(180_000)

type Msg = { id: string; body: string; internal?: boolean }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let pk: string
    let admin: Awaited<ReturnType<typeof createAdmin>>
    let minji: Awaited<ReturnType<typeof createCustomer>>
    let eleni: Awaited<ReturnType<typeof createCustomer>>
    let regionEur: string
    let regionKrw: string

    beforeAll(async () => {
      const container = getContainer()
      pk = await createPublishableKey(container)
      admin = await createAdmin(container, { first_name: "Alex" })
      minji = await createCustomer(container, pk, { email: "minji@thread.test", first_name: "민지", last_name: "김" })
      eleni = await createCustomer(container, pk, { email: "eleni@thread.test", first_name: "Ελένη", last_name: "Π" })
      regionEur = (await createRegion(container, "eur")).id
      regionKrw = (await createRegion(container, "krw")).id
    })

    const helpdesk = () => getContainer().resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const open = (who: { headers: Record<string, string> }, subject: string, body: string, extra: Record<string, unknown> = {}) =>
      api.post("/store/support/tickets", { subject, body, ...extra }, who).then((r: any) => r.data)
    const search = (q: string) =>
      api.get(`/admin/support/tickets?q=${encodeURIComponent(q)}&fields=id`, admin).then((r: any) => r.data.tickets.map((t: any) => t.id))

    /**
     * A ticket whose thread is the opening message, then 59 public messages and 12 internal notes
     * interleaved, one second apart, with three public messages sharing one timestamp (the keyset
     * must break the tie by id). Returns the public bodies in order.
     */
    async function longThread(who: { headers: Record<string, string> }) {
      const { ticket } = await open(who, "A long story", "public 0")
      // The thread lies in the past, so replies written by the test come after it.
      const start = Date.now() - 3_600_000
      await helpdesk().updateSupportMessages({ id: ticket.messages[0].id, created_at: new Date(start) } as any)
      const rows: Record<string, unknown>[] = []
      let at = start
      for (let i = 1; i <= 59; i++) {
        if (i % 5 === 0) rows.push({ ticket_id: ticket.id, author_type: "agent", body: `note ${i}`, internal: true, created_at: new Date((at += 1000)) })
        // public 30, 31 and 32 share one timestamp.
        if (!(i === 31 || i === 32)) at += 1000
        rows.push({ ticket_id: ticket.id, author_type: i % 2 ? "customer" : "agent", body: `public ${i}`, internal: false, created_at: new Date(at) })
      }
      await helpdesk().createSupportMessages(rows as any)
      // The order the thread must come in: by time, a tie broken by id.
      const all = await helpdesk().listSupportMessages({ ticket_id: ticket.id }, { select: ["id", "body", "internal", "created_at"] })
      all.sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      return { ticket, publicBodies: all.filter((m) => !m.internal).map((m) => m.body) }
    }

    describe("thread pages", () => {
      it("gives a shopper the newest 50 public messages and the rest through the earlier page", async () => {
        const { ticket, publicBodies } = await longThread(minji)

        const { data } = await api.get(`/store/support/tickets/${ticket.id}`, minji)
        expect(data.ticket.messages.map((m: Msg) => m.body)).toEqual(publicBodies.slice(10))
        expect(data.ticket).toMatchObject({ messages_count: 60, has_earlier_messages: true })
        expect(JSON.stringify(data)).not.toMatch(/note \d+/)

        const oldest = data.ticket.messages[0].id
        const earlier = await api.get(`/store/support/tickets/${ticket.id}/messages?before=${oldest}&limit=50`, minji)
        expect(earlier.data).toMatchObject({ count: 60, limit: 50, has_more: false })
        expect(earlier.data.messages.map((m: Msg) => m.body)).toEqual(publicBodies.slice(0, 10))
        expect(earlier.data.messages[0]).toEqual(
          expect.objectContaining({ id: expect.any(String), author_type: "customer", body: "public 0", attachments: [], created_at: expect.any(String) })
        )
        expect(earlier.data.messages[0]).not.toHaveProperty("internal")

        // Small pages walk the whole public thread, ties included, with no note and no repeat.
        const seen: string[] = []
        let before: string | undefined
        for (;;) {
          const page = (await api.get(`/store/support/tickets/${ticket.id}/messages?limit=7${before ? `&before=${before}` : ""}`, minji)).data
          seen.unshift(...page.messages.map((m: Msg) => m.body))
          if (!page.has_more) break
          before = page.messages[0].id
        }
        expect(seen).toEqual(publicBodies)
      })

      it("never hands a shopper an internal note, and keeps other customers out", async () => {
        const { ticket } = await longThread(minji)
        const agentView = (await api.get(`/admin/support/tickets/${ticket.id}/messages?limit=100`, admin)).data
        expect(agentView.count).toBe(71)
        const note = agentView.messages.find((m: Msg) => m.internal)
        expect(note.body).toMatch(/^note /)

        // A note's id as the cursor is refused exactly like an id that is not in the thread.
        const viaNote = await errorOf(api.get(`/store/support/tickets/${ticket.id}/messages?before=${note.id}`, minji))
        const viaUnknown = await errorOf(api.get(`/store/support/tickets/${ticket.id}/messages?before=supmsg_nope`, minji))
        expect(viaNote.status).toBe(400)
        expect(viaUnknown.status).toBe(400)
        expect(viaNote.data.message.replace(note.id, "X")).toBe(viaUnknown.data.message.replace("supmsg_nope", "X"))

        expect(await statusOf(api.get(`/store/support/tickets/${ticket.id}/messages`, eleni))).toBe(404)
        expect(await statusOf(api.get(`/store/support/tickets/${ticket.id}/messages`, guestHeaders(pk)))).toBe(404)
        expect(await statusOf(api.get(`/store/support/tickets/${ticket.id}/messages?limit=0`, minji))).toBe(400)
        expect(await statusOf(api.get(`/store/support/tickets/${ticket.id}/messages?limit=101`, minji))).toBe(400)
        expect(await statusOf(api.get(`/store/support/tickets/${ticket.id}/messages?internal=true`, minji))).toBe(400)
        expect(await statusOf(api.get(`/store/support/tickets/supt_missing/messages`, minji))).toBe(404)
      })

      it("serves a guest's thread pages with the ticket token", async () => {
        const created = await open(guestHeaders(pk), "Guest thread", "first", { email: "walkin@thread.test" })
        const token = created.access_token
        await api.post(`/store/support/tickets/${created.ticket.id}/messages`, { body: "second" }, guestHeaders(pk, token))
        const page = await api.get(`/store/support/tickets/${created.ticket.id}/messages?limit=1`, guestHeaders(pk, token))
        expect(page.data).toMatchObject({ count: 2, limit: 1, has_more: true, messages: [expect.objectContaining({ body: "second" })] })
        expect(await statusOf(api.get(`/store/support/tickets/${created.ticket.id}/messages`, guestHeaders(pk)))).toBe(404)
        expect(await statusOf(api.get(`/store/support/tickets/${created.ticket.id}/messages`, guestHeaders(pk, "x".repeat(43))))).toBe(404)
      })

      it("gives agents the newest 50 of every message, notes included, and earlier pages", async () => {
        const { ticket } = await longThread(minji)
        const { data } = await api.get(`/admin/support/tickets/${ticket.id}`, admin)
        expect(data.ticket.messages).toHaveLength(50)
        expect(data.ticket).toMatchObject({ messages_count: 71, has_earlier_messages: true })
        expect(data.ticket.messages.at(-1).body).toBe("public 59")
        expect(data.ticket.messages.filter((m: Msg) => !m.internal).length).toBeLessThan(50)
        expect(data.ticket.messages.some((m: Msg) => m.internal)).toBe(true)
        expect(data.ticket.messages[0]).not.toHaveProperty("search_text")

        const earlier = await api.get(`/admin/support/tickets/${ticket.id}/messages?before=${data.ticket.messages[0].id}`, admin)
        expect(earlier.data).toMatchObject({ count: 71, limit: 50, has_more: false })
        expect(earlier.data.messages).toHaveLength(21)
        expect(earlier.data.messages[0].body).toBe("public 0")
        const all = [...earlier.data.messages, ...data.ticket.messages].map((m: Msg) => m.id)
        expect(new Set(all).size).toBe(71)

        // A wildcard still yields only the allowlisted message fields.
        const star = await api.get(`/admin/support/tickets/${ticket.id}?fields=id,*messages`, admin)
        expect(star.data.ticket.messages).toHaveLength(50)
        expect(star.data.ticket.messages[0]).not.toHaveProperty("search_text")
        expect(star.data.ticket.messages[0]).not.toHaveProperty("search_vector")

        expect(await statusOf(api.get(`/admin/support/tickets/supt_missing/messages`, admin))).toBe(404)
        expect(await statusOf(api.get(`/admin/support/tickets/${ticket.id}/messages?before=supmsg_nope`, admin))).toBe(400)
        expect(await statusOf(api.get(`/admin/support/tickets/${ticket.id}/messages`, minji))).toBe(401)
      })

      it("answers writes with the newest page", async () => {
        const { ticket } = await longThread(minji)
        const reply = await api.post(`/store/support/tickets/${ticket.id}/messages`, { body: "and one more" }, minji)
        expect(reply.data.ticket.messages).toHaveLength(50)
        expect(reply.data.ticket.messages.at(-1).body).toBe("and one more")
        expect(reply.data.ticket).toMatchObject({ messages_count: 61, has_earlier_messages: true })

        const answer = await api.post(`/admin/support/tickets/${ticket.id}/messages`, { body: "noted", internal: true }, admin)
        expect(answer.data.ticket.messages.at(-1).body).toBe("noted")
        expect(answer.data.ticket.messages_count).toBe(73)

        const fresh = await open(eleni, "Short one", "Hello")
        expect(fresh.ticket).toMatchObject({ messages_count: 1, has_earlier_messages: false })
      })
    })

    describe("search past a ticket's token budget", () => {
      it("finds a message written after 5,000 words of earlier messages, by subject or any message", async () => {
        const { ticket } = await open(minji, "Wardrobe delivery", "Opening words")
        for (let part = 0; part < 5; part++) {
          const words = Array.from({ length: 1000 }, (_, i) => `filler${part * 1000 + i}`).join(" ")
          await api.post(`/admin/support/tickets/${ticket.id}/messages`, { body: words, internal: true }, admin)
        }
        await api.post(`/store/support/tickets/${ticket.id}/messages`, { body: "The quokkaglitter hinge broke" }, minji)
        await api.post(`/admin/support/tickets/${ticket.id}/messages`, { body: "환불요청 처리했습니다, επιστροφή χρημάτων" }, admin)
        await api.post(`/admin/support/tickets/${ticket.id}/messages`, { body: "Warehouse says zebrawood", internal: true }, admin)

        expect(await search("quokkaglitter")).toEqual([ticket.id])
        expect(await search("환불")).toContain(ticket.id)
        expect(await search("ΕΠΙΣΤΡΟΦΗ")).toContain(ticket.id)
        expect(await search("filler4999")).toEqual([ticket.id])
        // Internal notes are searchable for agents; the subject alone still matches.
        expect(await search("zebrawood")).toEqual([ticket.id])
        expect(await search("wardrobe")).toEqual([ticket.id])
        // All words must match, but they may come from different messages or the subject.
        expect(await search("wardrobe quokkaglitter")).toEqual([ticket.id])
        expect(await search("quokkaglitter nothingsuch")).toEqual([])

        // The ticket holds its subject's and its first messages' tokens up to its budget; the
        // messages that did not fit are searched through their own index.
        const [row] = await helpdesk().listSupportTickets({ id: ticket.id }, { select: ["search_text"] })
        const tokens = row.search_text.split(" ")
        expect(tokens).toHaveLength(4000)
        expect(tokens.slice(0, 4)).toEqual(["wardrobe", "delivery", "opening", "words"])
        const messages = await helpdesk().listSupportMessages({ ticket_id: ticket.id }, { order: { created_at: "ASC" }, select: ["body", "search_overflow"] })
        expect(messages.map((m) => m.search_overflow)).toEqual([false, false, false, false, true, true, true, true, true])

        // Merged past the budget: the moved messages are searched through their own index too.
        const other = await open(minji, "Second wardrobe question", "The lemurquartz door squeaks")
        const otherMessages = await helpdesk().listSupportMessages({ ticket_id: other.ticket.id }, { select: ["search_overflow"] })
        expect(otherMessages.map((m) => m.search_overflow)).toEqual([false])
        await api.post(`/admin/support/tickets/${ticket.id}/merge`, { ticket_ids: [other.ticket.id] }, admin)
        expect(await search("lemurquartz")).toEqual([ticket.id])
      })

      it("keeps a short thread's tokens on the ticket, so search reads no message", async () => {
        const { ticket } = await open(eleni, "Χαλασμένο φερμουάρ", "Το φερμουάρ έσπασε")
        await api.post(`/admin/support/tickets/${ticket.id}/messages`, { body: "Στέλνουμε καινούργιο, pangolinbrass" }, admin)
        const [row] = await helpdesk().listSupportTickets({ id: ticket.id }, { select: ["search_text"] })
        expect(row.search_text.split(" ")).toEqual(expect.arrayContaining(["χαλασμενο", "εσπασε", "pangolinbrass"]))
        const messages = await helpdesk().listSupportMessages({ ticket_id: ticket.id }, { select: ["search_overflow"] })
        expect(messages.map((m) => m.search_overflow)).toEqual([false, false])
        expect(await search("pangolinbrass")).toEqual([ticket.id])
        expect(await search("έσπασε")).toEqual([ticket.id])
      })
    })

    describe("customer context", () => {
      /** The stats as the route computed them before: every order read through Query. */
      async function statsFromEveryOrder(filters: Record<string, string>) {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({
          entity: "order",
          fields: ["id", "status", "currency_code", "created_at", "summary.*"],
          filters,
          pagination: { order: { created_at: "DESC" } },
        })
        const amount = (v: any) => (v && typeof v === "object" && "numeric" in v ? Number(v.numeric) : Number(v ?? 0))
        const byCurrency = new Map<string, number>()
        const counts = new Map<string, number>()
        for (const o of data as any[]) {
          if (o.status === "canceled") continue
          byCurrency.set(o.currency_code, (byCurrency.get(o.currency_code) ?? 0) + amount(o.summary?.current_order_total))
          counts.set(o.currency_code, (counts.get(o.currency_code) ?? 0) + 1)
        }
        const currency = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null
        return { orders_count: data.length, lifetime_value: currency ? byCurrency.get(currency)! : 0, currency_code: currency }
      }

      it("aggregates the stats in SQL with the same values as reading every order", async () => {
        const container = getContainer()
        const mine = { email: "minji@thread.test", customer_id: minji.customer.id }
        const orders = []
        for (const [region, items] of [
          [regionEur, [{ title: "Tea set", quantity: 2, unit_price: 30.5 }]],
          [regionEur, [{ title: "Kettle", quantity: 1, unit_price: 45 }, { title: "Cups", quantity: 4, unit_price: 7.25 }]],
          [regionKrw, [{ title: "Hanji lamp", quantity: 1, unit_price: 89000 }]],
          [regionEur, [{ title: "Teapot", quantity: 1, unit_price: 120 }]],
          [regionEur, [{ title: "Saucer", quantity: 3, unit_price: 4 }]],
        ] as const) {
          orders.push(await createOrder(container, { region_id: region, ...mine, items: items as any }))
        }
        // A canceled order counts as an order but not towards the lifetime value.
        await container.resolve(Modules.ORDER).cancel(orders[3].id)
        await createOrder(container, { region_id: regionEur, email: "eleni@thread.test", customer_id: eleni.customer.id })

        const { ticket } = await open(minji, "About my orders", "Hello")
        await open(minji, "Another question", "Hi again")
        const { data } = await api.get(`/admin/support/tickets/${ticket.id}/context`, admin)
        const expected = await statsFromEveryOrder({ customer_id: minji.customer.id })
        expect(expected).toEqual({ orders_count: 5, lifetime_value: 61 + 74 + 12, currency_code: "eur" })
        expect(data.stats).toMatchObject(expected)
        expect(data.orders.map((o: any) => o.id)).toEqual(orders.map((o) => o.id).reverse())
        expect(data.matched_by).toBe("customer")
        const openTickets = (await helpdesk().listSupportTickets({ customer_id: minji.customer.id }, { select: ["status"] })).filter((t) =>
          ["open", "pending"].includes(t.status)
        )
        const allTickets = await helpdesk().listSupportTickets({ customer_id: minji.customer.id }, { select: ["id"] })
        expect(data.stats).toMatchObject({ tickets_count: allTickets.length, open_tickets_count: openTickets.length })
      })

      it("says when a guest's orders and tickets are matched by an unproved email", async () => {
        const container = getContainer()
        const order = await createOrder(container, { region_id: regionEur, email: "walkin2@thread.test", items: [{ title: "Mug", quantity: 1, unit_price: 12 }] })
        const first = await open(guestHeaders(pk), "Where is my mug?", "Hello", { email: "walkin2@thread.test" })
        const second = await open(guestHeaders(pk), "Still waiting", "Hello?", { email: "walkin2@thread.test" })

        const guest = (await api.get(`/admin/support/tickets/${second.ticket.id}/context`, admin)).data
        expect(guest.matched_by).toBe("unverified_email")
        expect(guest.orders.map((o: any) => o.id)).toEqual([order.id])
        expect(guest.tickets.map((t: any) => t.id)).toEqual([first.ticket.id])
        expect(guest.stats).toMatchObject({ ...(await statsFromEveryOrder({ email: "walkin2@thread.test" })), tickets_count: 2, open_tickets_count: 2 })

        await helpdesk().updateSupportTickets({ id: second.ticket.id, identity: "verified_email" })
        expect((await api.get(`/admin/support/tickets/${second.ticket.id}/context`, admin)).data.matched_by).toBe("verified_email")

        const nobody = await open(guestHeaders(pk), "No orders", "Hi", { email: "nobody@thread.test" })
        const empty = (await api.get(`/admin/support/tickets/${nobody.ticket.id}/context`, admin)).data
        expect(empty).toMatchObject({ matched_by: "unverified_email", orders: [], tickets: [] })
        expect(empty.stats).toEqual({ orders_count: 0, lifetime_value: 0, currency_code: null, tickets_count: 1, open_tickets_count: 1 })
      })
    })
  },
})
