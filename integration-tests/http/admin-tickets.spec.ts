import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdmin, createCustomer, createPublishableKey, guestHeaders } from "../helpers/actors"
import { createOrder, createRegion, errorOf, statusOf } from "../helpers/orders"
import { Modules } from "@medusajs/framework/utils"
import purgeOrphanedAttachmentsJob from "../../src/jobs/purge-orphaned-attachments"

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let pk: string
    let admin: Awaited<ReturnType<typeof createAdmin>>
    let colleague: Awaited<ReturnType<typeof createAdmin>>
    let minji: Awaited<ReturnType<typeof createCustomer>>
    let eleni: Awaited<ReturnType<typeof createCustomer>>
    let regionId: string

    beforeAll(async () => {
      const container = getContainer()
      pk = await createPublishableKey(container)
      admin = await createAdmin(container, { first_name: "Alex" })
      colleague = await createAdmin(container, { first_name: "Jordan" })
      minji = await createCustomer(container, pk, { email: "minji@shop.test", first_name: "민지", last_name: "김" })
      eleni = await createCustomer(container, pk, { email: "eleni@shop.test", first_name: "Ελένη", last_name: "Παπαδοπούλου" })
      regionId = (await createRegion(container)).id
    })

    const open = (who: { headers: Record<string, string> }, subject: string, body: string, extra: Record<string, unknown> = {}) =>
      api.post("/store/support/tickets", { subject, body, ...extra }, who).then((r: any) => r.data.ticket)
    const list = (query: string) => api.get(`/admin/support/tickets${query}`, admin).then((r: any) => r.data)
    const ids = (data: { tickets: { id: string }[] }) => data.tickets.map((t) => t.id)

    it("is for signed-in admin users only", async () => {
      expect(await statusOf(api.get("/admin/support/tickets"))).toBe(401)
      expect(await statusOf(api.get("/admin/support/tickets", minji))).toBe(401)
      expect(await statusOf(api.post("/admin/support/tickets/supt_x/messages", { body: "x" }, minji))).toBe(401)
      expect(await statusOf(api.get("/admin/support/canned-replies"))).toBe(401)
      expect(await statusOf(api.post("/admin/support/tickets/batch", { ids: ["supt_x"], status: "open" }))).toBe(401)
      for (const [method, path] of [
        ["post", "/admin/support/tickets"],
        ["get", "/admin/support/tickets/supt_x"],
        ["post", "/admin/support/tickets/supt_x"],
        ["post", "/admin/support/tickets/supt_x/assign"],
        ["post", "/admin/support/tickets/supt_x/merge"],
        ["get", "/admin/support/tickets/supt_x/context"],
        ["get", "/admin/support/tickets/supt_x/messages"],
        ["get", "/admin/support/tickets/supt_x/attachments/supatt_x"],
        ["post", "/admin/support/uploads"],
        ["post", "/admin/support/tickets/batch"],
      ] as const) {
        expect(await statusOf(method === "get" ? api.get(path, minji) : api.post(path, {}, minji))).toBe(401)
      }
    })

    it("filters, sorts and pages the inbox", async () => {
      const a = await open(minji, "Refund please", "Order arrived broken")
      const b = await open(eleni, "Size exchange", "Too small")
      const c = await open(guestHeaders(pk), "Question", "Do you ship to Cyprus?", { email: "g@shop.test" })
      await api.post(`/admin/support/tickets/${a.id}`, { priority: "urgent", tags: ["damaged", "vip"], assignee_id: admin.user.id }, admin)
      await api.post(`/admin/support/tickets/${b.id}`, { priority: "low", status: "pending", assignee_id: colleague.user.id }, admin)

      expect(ids(await list("?order=-priority"))).toEqual([a.id, c.id, b.id])
      expect(ids(await list("?order=priority"))).toEqual([b.id, c.id, a.id])
      expect(ids(await list("?assignee_id=me"))).toEqual([a.id])
      expect(ids(await list("?assignee_id=none"))).toEqual([c.id])
      expect(ids(await list("?status=open&order=display_id"))).toEqual([a.id, c.id])
      expect(ids(await list("?tag=vip"))).toEqual([a.id])
      expect(ids(await list(`?customer_id=${eleni.customer.id}`))).toEqual([b.id])
      expect(ids(await list("?priority=urgent&priority=low&order=display_id"))).toEqual([a.id, b.id])
      const page = await list("?limit=1&offset=1&order=display_id")
      expect(page).toMatchObject({ count: 3, limit: 1, offset: 1 })
      expect(ids(page)).toEqual([b.id])

      expect(await statusOf(api.get("/admin/support/tickets?order=access_token_hash", admin))).toBe(400)
      expect(await statusOf(api.get("/admin/support/tickets?order=priority;drop table x", admin))).toBe(400)
      expect(await statusOf(api.get("/admin/support/tickets?status=lost", admin))).toBe(400)
      expect(await statusOf(api.get("/admin/support/tickets?customer_id[$ne]=x", admin))).toBe(400)

      const all = await list("?fields=*,access_token_hash,idempotency_key,search_text,access_token_nonce")
      for (const t of all.tickets) {
        for (const secret of ["access_token_hash", "access_token_nonce", "idempotency_key", "search_text", "search_vector"]) {
          expect(t).not.toHaveProperty(secret)
        }
      }
    })

    it("finds tickets by words in English, Korean and Greek, in subjects and replies", async () => {
      const ko = await open(minji, "환불요청합니다", "배송이 너무 늦어요")
      const el = await open(eleni, "ΕΠΙΣΤΡΟΦΉ ΧΡΗΜΆΤΩΝ", "Το δέμα δεν έφτασε")
      const en = await open(minji, "Refunded twice?", "I see two charges")
      await api.post(`/store/support/tickets/${en.id}/messages`, { body: "Also the zipper is broken" }, minji)
      await api.post(`/admin/support/tickets/${el.id}/messages`, { body: "checked warehouse log", internal: true }, admin)

      expect(ids(await list(`?q=${encodeURIComponent("환불")}`))).toEqual([ko.id])
      expect(ids(await list(`?q=${encodeURIComponent("배송")}`))).toEqual([ko.id])
      expect(ids(await list(`?q=${encodeURIComponent("επιστροφη")}`))).toEqual([el.id])
      expect(ids(await list(`?q=${encodeURIComponent("Επιστροφή")}`))).toEqual([el.id])
      expect(ids(await list(`?q=${encodeURIComponent("δέμα")}`))).toEqual([el.id])
      expect(ids(await list("?q=refund"))).toEqual([en.id])
      expect(ids(await list("?q=zipper"))).toEqual([en.id])
      expect(ids(await list("?q=warehouse"))).toEqual([el.id])
      expect(ids(await list(`?q=${encodeURIComponent("nothing-like-this")}`))).toEqual([])
      expect(ids(await list(`?q=${encodeURIComponent("') | (x:*")}`))).toEqual([])
      expect(ids(await list(`?q=${encodeURIComponent("환불")}&status=closed`))).toEqual([])
    })

    it("replies, notes, changes status and assignee, and records the first response", async () => {
      const t = await open(minji, "Broken lamp", "The lamp flickers")
      const path = `/admin/support/tickets/${t.id}`
      const note = await api.post(`${path}/messages`, { body: "Check supplier batch", internal: true }, admin)
      expect(note.status).toBe(201)
      expect(note.data.ticket.first_response_at).toBeNull()
      expect(note.data.ticket.last_message_at).toBe(t.last_message_at)

      const reply = await api.post(`${path}/messages`, { body: "Sorry! Sending a new one.", status: "pending" }, admin)
      expect(reply.data.ticket.status).toBe("pending")
      expect(reply.data.ticket.first_response_at).not.toBeNull()
      const messages = reply.data.ticket.messages
      expect(messages.map((m: any) => [m.author_type, m.internal])).toEqual([
        ["customer", false],
        ["agent", true],
        ["agent", false],
      ])

      const assigned = await api.post(`${path}/assign`, { assignee_id: colleague.user.id }, admin)
      expect(assigned.data.ticket.assignee_id).toBe(colleague.user.id)
      expect(await statusOf(api.post(path, { assignee_id: "user_nobody" }, admin))).toBe(400)
      const unassigned = await api.post(path, { assignee_id: null, status: "solved" }, admin)
      expect(unassigned.data.ticket).toMatchObject({ assignee_id: null, status: "solved" })
      expect(unassigned.data.ticket.solved_at).not.toBeNull()
      expect(unassigned.data.ticket.messages.at(-1)).toMatchObject({ author_type: "system", body: "Status changed from pending to solved" })

      expect(await statusOf(api.post(path, { status: "archived" }, admin))).toBe(400)
      expect(await statusOf(api.post(path, { display_id: 5 }, admin))).toBe(400)
      expect(await statusOf(api.post("/admin/support/tickets/supt_missing", { status: "open" }, admin))).toBe(404)
    })

    it("opens tickets for customers or email addresses, e.g. from a phone call", async () => {
      const forCustomer = await api.post("/admin/support/tickets", { subject: "Called about delivery", body: "Asked for an update", customer_id: eleni.customer.id }, admin)
      expect(forCustomer.status).toBe(201)
      expect(forCustomer.data.ticket).toMatchObject({ identity: "customer", channel: "phone", email: "eleni@shop.test", name: "Ελένη Παπαδοπούλου" })
      expect(forCustomer.data.ticket.messages[0]).toMatchObject({ author_type: "agent", author_name: "Alex" })

      const byEmail = await api.post("/admin/support/tickets", { subject: "Wholesale", body: "Wants a quote", email: "Buyer@Corp.test", channel: "email" }, admin)
      expect(byEmail.data.ticket).toMatchObject({ identity: "unverified", customer_id: null, email: "buyer@corp.test", channel: "email" })

      expect(await statusOf(api.post("/admin/support/tickets", { subject: "x", body: "y" }, admin))).toBe(400)
      expect(await statusOf(api.post("/admin/support/tickets", { subject: "x", body: "y", customer_id: "cus_missing" }, admin))).toBe(404)
    })

    it("shows the requester's orders, newest first, and their other tickets", async () => {
      const container = getContainer()
      const older = await createOrder(container, { region_id: regionId, email: "minji@shop.test", customer_id: minji.customer.id, items: [{ title: "Tea set", quantity: 2, unit_price: 30 }] })
      const newer = await createOrder(container, { region_id: regionId, email: "minji@shop.test", customer_id: minji.customer.id, items: [{ title: "Kettle", quantity: 1, unit_price: 45 }] })
      await createOrder(container, { region_id: regionId, email: "eleni@shop.test", customer_id: eleni.customer.id })
      const first = await open(minji, "About my tea set", "Chipped cup", { order_id: older.id })
      const second = await open(minji, "Kettle", "Does not boil")

      const { data } = await api.get(`/admin/support/tickets/${second.id}/context`, admin)
      expect(data.customer).toMatchObject({ id: minji.customer.id, email: "minji@shop.test", first_name: "민지" })
      expect(data.orders.map((o: any) => o.id)).toEqual([newer.id, older.id])
      expect(data.orders[1]).toMatchObject({ total: 60, currency_code: "eur", items: [expect.objectContaining({ title: "Tea set", quantity: 2 })] })
      expect(data.orders[0]).toHaveProperty("payment_status")
      expect(data.orders[0]).toHaveProperty("fulfillment_status")
      expect(data.tickets.map((t: any) => t.id)).toEqual([first.id])
      expect(data.stats).toEqual({ orders_count: 2, lifetime_value: 105, currency_code: "eur", tickets_count: 2, open_tickets_count: 2 })

      const guest = await open(guestHeaders(pk), "Guest question", "Hello", { email: "walkin@shop.test" })
      const guestContext = await api.get(`/admin/support/tickets/${guest.id}/context`, admin)
      expect(guestContext.data.customer).toMatchObject({ id: null, email: "walkin@shop.test", identity: "unverified" })
      expect(guestContext.data.orders).toEqual([])
      expect(await statusOf(api.get("/admin/support/tickets/supt_missing/context", admin))).toBe(404)
    })

    it("links tickets to Medusa customers and orders both ways through Query", async () => {
      const container = getContainer()
      const order = await createOrder(container, { region_id: regionId, email: "minji@shop.test", customer_id: minji.customer.id })
      const t = await open(minji, "Linked", "Hello", { order_id: order.id })
      const query = container.resolve("query")
      const { data: [ticket] } = await query.graph({
        entity: "support_ticket",
        fields: ["id", "customer.email", "order.id", "order.email"],
        filters: { id: t.id },
      })
      expect(ticket).toMatchObject({ customer: { email: "minji@shop.test" }, order: { id: order.id, email: "minji@shop.test" } })
      const { data: [customer] } = await query.graph({ entity: "customer", fields: ["id", "support_tickets.id"], filters: { id: minji.customer.id } })
      expect(customer.support_tickets!.map((x: any) => x.id)).toEqual([t.id])
      const { data: [linkedOrder] } = await query.graph({ entity: "order", fields: ["id", "support_tickets.subject"], filters: { id: order.id } })
      expect(linkedOrder.support_tickets).toEqual([expect.objectContaining({ subject: "Linked" })])

      const viaApi = await api.get(`/admin/support/tickets/${t.id}?fields=id,customer.first_name,order.display_id`, admin)
      expect(viaApi.data.ticket).toMatchObject({ customer: { first_name: "민지" }, order: { display_id: expect.any(Number) } })
    })

    it("merges a requester's duplicate tickets and refuses to mix requesters", async () => {
      const keep = await open(minji, "Parcel lost", "Tracking stuck")
      const dup = await open(minji, "Parcel lost (again)", "Any update?")
      const foreign = await open(eleni, "Other", "Other")
      const merged = await api.post(`/admin/support/tickets/${keep.id}/merge`, { ticket_ids: [dup.id] }, admin)
      expect(merged.data.ticket.messages.map((m: any) => m.body)).toEqual(
        expect.arrayContaining(["Tracking stuck", "Any update?", `Merged tickets #${dup.display_id} into this ticket`])
      )
      const closed = await api.get(`/admin/support/tickets/${dup.id}`, admin)
      expect(closed.data.ticket).toMatchObject({ status: "closed", merged_into_id: keep.id })
      expect(closed.data.ticket.messages).toEqual([])

      const refused = await errorOf(api.post(`/admin/support/tickets/${keep.id}/merge`, { ticket_ids: [foreign.id] }, admin))
      expect(refused.status).toBe(400)
      const untouched = await api.get(`/admin/support/tickets/${foreign.id}`, admin)
      expect(untouched.data.ticket).toMatchObject({ status: "open", merged_into_id: null })
      expect(untouched.data.ticket.messages).toHaveLength(1)
    })
    it("emits each event once, after the change is committed, and nothing for a rolled-back change", async () => {
      const seen: { name: string; data: any }[] = []
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      const names = ["support_ticket.created", "support_ticket.updated", "support_ticket.message_created", "support_ticket.status_changed", "support_ticket.assigned", "support_ticket.rated"]
      for (const name of names) {
        eventBus.subscribe(name, async (event: any) => { seen.push({ name, data: event.data }) }, { subscriberId: `test-${name}` })
      }
      const t = await open(minji, "Events", "Hello")
      const reply = await api.post(`/admin/support/tickets/${t.id}/messages`, { body: "Hi!", status: "solved" }, admin)
      await api.post(`/admin/support/tickets/${t.id}/assign`, { assignee_id: admin.user.id }, admin)
      await api.post(`/store/support/tickets/${t.id}/rating`, { score: 5 }, minji)
      expect(await statusOf(open(minji, "Rolled back", "x", { attachment_ids: ["supatt_nope"] }))).toBe(404)

      const deadline = Date.now() + 5000
      while (seen.length < 7 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
      const agentMessageId = reply.data.ticket.messages.at(-1).id
      expect(seen).toEqual(expect.arrayContaining([
        { name: "support_ticket.created", data: { id: t.id } },
        { name: "support_ticket.message_created", data: { id: t.id, message_id: t.messages[0].id } },
        { name: "support_ticket.message_created", data: { id: t.id, message_id: agentMessageId } },
        { name: "support_ticket.status_changed", data: { id: t.id } },
        { name: "support_ticket.updated", data: { id: t.id } },
        { name: "support_ticket.assigned", data: { id: t.id } },
        { name: "support_ticket.rated", data: { id: t.id } },
      ]))
      expect(seen).toHaveLength(7)
      expect(seen.filter((e) => e.name === "support_ticket.created")).toHaveLength(1)
    })

    it("applies a bulk action to many tickets at once, all or nothing", async () => {
      const a = await open(minji, "Bulk one", "1")
      const b = await open(eleni, "Bulk two", "2")
      await api.post(`/admin/support/tickets/${a.id}`, { tags: ["vip"] }, admin)
      const bulk = (body: Record<string, unknown>) => api.post("/admin/support/tickets/batch", body, admin)

      const res = await bulk({ ids: [a.id, b.id], status: "pending", priority: "high", assignee_id: colleague.user.id, add_tags: ["bulk", "vip"] })
      expect(res.data.tickets.map((t: any) => [t.id, t.status, t.priority, t.assignee_id, t.tags])).toEqual([
        [a.id, "pending", "high", colleague.user.id, ["vip", "bulk"]],
        [b.id, "pending", "high", colleague.user.id, ["bulk", "vip"]],
      ])
      const thread = (await api.get(`/admin/support/tickets/${a.id}`, admin)).data.ticket.messages
      expect(thread.at(-1)).toMatchObject({ author_type: "system", body: "Status changed from open to pending" })

      // One bad id or a stranger as assignee changes nothing.
      expect(await statusOf(bulk({ ids: [a.id, "supt_missing"], status: "solved" }))).toBe(404)
      expect(await statusOf(bulk({ ids: [a.id], assignee_id: minji.customer.id }))).toBe(400)
      expect(await statusOf(bulk({ ids: [a.id] }))).toBe(400)
      expect(await statusOf(bulk({ ids: [], status: "open" }))).toBe(400)
      expect(await statusOf(bulk({ ids: [a.id], status: "open", subject: "x" }))).toBe(400)
      expect((await api.get(`/admin/support/tickets/${a.id}`, admin)).data.ticket).toMatchObject({ status: "pending", assignee_id: colleague.user.id })
      expect(await statusOf(api.post("/admin/support/tickets/batch", { ids: [a.id], status: "open" }, minji))).toBe(401)
    })

    it("refuses a write made on a stale view with 409, and keeps the text out", async () => {
      const t = await open(minji, "Stale", "First")
      const seen = (await api.get(`/admin/support/tickets/${t.id}`, admin)).data.ticket.updated_at
      await new Promise((r) => setTimeout(r, 5))
      await api.post(`/store/support/tickets/${t.id}/messages`, { body: "Actually, one more thing" }, minji)

      const reply = api.post(`/admin/support/tickets/${t.id}/messages`, { body: "Answer", expected_updated_at: seen }, admin)
      expect(await statusOf(reply)).toBe(409)
      expect((await errorOf(reply)).data).toMatchObject({ code: "ticket_changed", message: expect.stringMatching(/changed since you opened it/) })
      expect(await statusOf(api.post(`/admin/support/tickets/${t.id}`, { status: "solved", expected_updated_at: seen }, admin))).toBe(409)
      const now = (await api.get(`/admin/support/tickets/${t.id}`, admin)).data.ticket
      expect(now.status).toBe("open")
      expect(now.messages.map((m: any) => m.body)).toEqual(["First", "Actually, one more thing"])

      const fresh = await api.post(`/admin/support/tickets/${t.id}/messages`, { body: "Answer", expected_updated_at: now.updated_at }, admin)
      expect(fresh.status).toBe(201)
      expect(await statusOf(api.post(`/admin/support/tickets/${t.id}`, { status: "solved", expected_updated_at: "yesterday" }, admin))).toBe(400)
    })

    it("tells agents about new tickets in the admin notification feed", async () => {
      const t = await open(eleni, "Feed me", "Hello")
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      let feed: any[] = []
      const deadline = Date.now() + 5000
      while (!feed.length && Date.now() < deadline) {
        feed = await notifications.listNotifications({ channel: "feed" })
        await new Promise((r) => setTimeout(r, 50))
      }
      expect(feed).toEqual([expect.objectContaining({ data: expect.objectContaining({ title: `New support ticket #${t.display_id}`, description: "Feed me" }) })])
    })

    it("purges uploads that no message claimed within a day, with their files", async () => {
      const container = getContainer()
      const png = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489", "hex")
      const upload = async () => {
        const form = new FormData()
        form.append("files", new Blob([new Uint8Array(png)], { type: "image/png" }), "a.png")
        return (await api.post("/store/support/uploads", form, minji)).data.files[0]
      }
      const stale = await upload()
      const fresh = await upload()
      const used = await upload()
      await open(minji, "With file", "See attached", { attachment_ids: [used.id] })
      const helpdesk: any = container.resolve("helpdesk")
      const [staleRow] = await helpdesk.listSupportAttachments({ id: stale.id })
      await container.resolve("__pg_connection__").raw("UPDATE support_attachment SET created_at = now() - interval '2 days' WHERE id IN (?, ?)", [stale.id, used.id])

      await purgeOrphanedAttachmentsJob(container)

      const left = await helpdesk.listSupportAttachments({ id: [stale.id, fresh.id, used.id] })
      expect(left.map((a: any) => a.id).sort()).toEqual([fresh.id, used.id].sort())
      const files = container.resolve(Modules.FILE)
      await expect(files.retrieveFile(staleRow.file_id)).rejects.toThrow()
    })
  },
})
