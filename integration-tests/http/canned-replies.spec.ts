import { Modules } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { HELPDESK_MODULE } from "../../src/modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../src/modules/helpdesk/service"
import {
  createCannedRepliesWorkflow,
  CreateCannedRepliesWorkflowInput,
  deleteCannedRepliesWorkflow,
  DeleteCannedRepliesWorkflowInput,
  updateCannedRepliesWorkflow,
  UpdateCannedRepliesWorkflowInput,
} from "../../src/workflows/canned-replies"
import { createAdmin, createCustomer, createPublishableKey } from "../helpers/actors"
import { createOrder, createRegion, errorOf, statusOf } from "../helpers/orders"

jest.setTimeout(120_000)

const BASE = "/admin/support/canned-replies"

// Each runs one canned-reply workflow as a step and then fails, to prove its compensation.
const boom = createStep("test-canned-reply-boom", async () => {
  throw new Error("boom")
})
const createThenFail = createWorkflow(
  "test-create-canned-replies-then-fail",
  (input: WorkflowData<CreateCannedRepliesWorkflowInput>) => {
    createCannedRepliesWorkflow.runAsStep({ input })
    boom()
    return new WorkflowResponse(null)
  }
)
const updateThenFail = createWorkflow(
  "test-update-canned-replies-then-fail",
  (input: WorkflowData<UpdateCannedRepliesWorkflowInput>) => {
    updateCannedRepliesWorkflow.runAsStep({ input })
    boom()
    return new WorkflowResponse(null)
  }
)
const deleteThenFail = createWorkflow(
  "test-delete-canned-replies-then-fail",
  (input: WorkflowData<DeleteCannedRepliesWorkflowInput>) => {
    deleteCannedRepliesWorkflow.runAsStep({ input })
    boom()
    return new WorkflowResponse(null)
  }
)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: Awaited<ReturnType<typeof createAdmin>>
    let minji: Awaited<ReturnType<typeof createCustomer>>
    let trickster: Awaited<ReturnType<typeof createCustomer>>
    let orderId: string
    let orderDisplayId: number

    beforeAll(async () => {
      const container = getContainer()
      const pk = await createPublishableKey(container)
      admin = await createAdmin(container, { first_name: "Alex" })
      minji = await createCustomer(container, pk, { email: "minji@shop.test", first_name: "민지", last_name: "김" })
      trickster = await createCustomer(container, pk, {
        email: "trick@shop.test",
        first_name: "{{store.name}}",
        last_name: '{{customer.email | "$&"}}',
      })
      const region = await createRegion(container, "eur")
      const order = await createOrder(container, {
        region_id: region.id,
        email: "minji@shop.test",
        customer_id: minji.customer.id,
        items: [{ title: "Linen shirt", quantity: 2, unit_price: 24.5 }],
      })
      orderId = order.id
      orderDisplayId = order.display_id
      const storeModule = container.resolve(Modules.STORE)
      const [store] = await storeModule.listStores({}, { take: 1 })
      await storeModule.updateStores(store.id, { name: "Linen & Co" })
    })

    const helpdesk = () => getContainer().resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const create = (body: Record<string, unknown>) =>
      api.post(BASE, body, admin).then((r: any) => r.data.canned_reply)
    const list = (query = "") => api.get(`${BASE}${query}`, admin).then((r: any) => r.data)
    const titles = (data: { canned_replies: { title: string }[] }) => data.canned_replies.map((r) => r.title)
    const render = (id: string, ticketId: string) =>
      api.post(`${BASE}/${id}/render`, { ticket_id: ticketId }, admin).then((r: any) => r.data.body)

    describe("access", () => {
      it("is for signed-in admin users only", async () => {
        const reply = await create({ title: "Thanks", body: "Thank you!" })
        expect(await statusOf(api.get(BASE))).toBe(401)
        expect(await statusOf(api.get(BASE, minji))).toBe(401)
        expect(await statusOf(api.post(BASE, { title: "x", body: "y" }))).toBe(401)
        expect(await statusOf(api.get(`${BASE}/${reply.id}`))).toBe(401)
        expect(await statusOf(api.post(`${BASE}/${reply.id}`, { title: "x" }))).toBe(401)
        expect(await statusOf(api.delete(`${BASE}/${reply.id}`))).toBe(401)
        expect(await statusOf(api.post(`${BASE}/${reply.id}/render`, { ticket_id: "supt_x" }))).toBe(401)
        expect(await statusOf(api.post(`${BASE}/${reply.id}/render`, { ticket_id: "supt_x" }, minji))).toBe(401)
        expect(await statusOf(api.post(`${BASE}/preview`, { body: "Hi" }))).toBe(401)
        expect(await statusOf(api.post(`${BASE}/preview`, { body: "Hi" }, minji))).toBe(401)
      })
    })

    describe("create, read, update, delete", () => {
      it("creates, reads, updates and deletes a canned reply", async () => {
        const res = await api.post(
          BASE,
          { title: "  Refund done ", body: "Hi {{customer.first_name | \"there\"}}, refunded.", shortcut: "refund", category: "billing", locale: "en_us" },
          admin
        )
        expect(res.status).toBe(201)
        const created = res.data.canned_reply
        expect(created).toMatchObject({
          id: expect.stringMatching(/^supcr_/),
          title: "Refund done",
          body: 'Hi {{customer.first_name | "there"}}, refunded.',
          shortcut: "refund",
          category: "billing",
          locale: "en-US",
          usage_count: 0,
        })

        const got = await api.get(`${BASE}/${created.id}`, admin)
        expect(got.data.canned_reply).toEqual(created)
        const picked = await api.get(`${BASE}/${created.id}?fields=id,title`, admin)
        expect(Object.keys(picked.data.canned_reply).sort()).toEqual(["id", "title"])

        const updated = await api.post(`${BASE}/${created.id}`, { title: "Refund sent", shortcut: null, locale: "ko" }, admin)
        expect(updated.data.canned_reply).toMatchObject({
          id: created.id,
          title: "Refund sent",
          body: created.body,
          shortcut: null,
          category: "billing",
          locale: "ko",
        })

        const deleted = await api.delete(`${BASE}/${created.id}`, admin)
        expect(deleted.data).toEqual({ id: created.id, object: "canned_reply", deleted: true })
        expect(await statusOf(api.get(`${BASE}/${created.id}`, admin))).toBe(404)
        expect(await statusOf(api.post(`${BASE}/${created.id}`, { title: "x" }, admin))).toBe(404)
        expect(await statusOf(api.delete(`${BASE}/${created.id}`, admin))).toBe(404)
        expect((await list()).count).toBe(0)
      })

      it("answers 404 for replies that never existed", async () => {
        expect(await statusOf(api.get(`${BASE}/supcr_missing`, admin))).toBe(404)
        expect(await statusOf(api.post(`${BASE}/supcr_missing`, { title: "x" }, admin))).toBe(404)
        expect(await statusOf(api.delete(`${BASE}/supcr_missing`, admin))).toBe(404)
        expect(await statusOf(api.post(`${BASE}/supcr_missing/render`, { ticket_id: "supt_x" }, admin))).toBe(404)
      })

      it("refuses bad input with 400", async () => {
        const reply = await create({ title: "Thanks", body: "Thank you!" })
        const bad: Record<string, unknown>[] = [
          {},
          { title: "", body: "x" },
          { title: "x", body: "" },
          { title: "x", body: "y", usage_count: 99 },
          { title: "x", body: "y", id: "supcr_mine" },
          { title: "x", body: "y", shortcut: "two words" },
          { title: "x", body: "y", shortcut: "{{x}}" },
          { title: "x", body: "y", locale: "not a locale" },
          { title: "x", body: "a\u0000b" },
          { title: "x\ud800", body: "y" },
          { title: "x", body: "y".repeat(20_001) },
          { title: { $ne: null }, body: "y" },
        ]
        for (const body of bad) {
          expect([body, await statusOf(api.post(BASE, body, admin))]).toEqual([body, 400])
        }
        expect(await statusOf(api.post(`${BASE}/${reply.id}`, { usage_count: 5 }, admin))).toBe(400)
        expect(await statusOf(api.post(`${BASE}/${reply.id}`, { body: "\udc00" }, admin))).toBe(400)
        expect(await statusOf(api.post(`${BASE}/${reply.id}/render`, {}, admin))).toBe(400)
        expect(await statusOf(api.post(`${BASE}/${reply.id}/render`, { ticket_id: "x", extra: 1 }, admin))).toBe(400)
        // Form posts (cross-site) are refused.
        const form = { headers: { ...admin.headers, "content-type": "application/x-www-form-urlencoded" } }
        expect(await statusOf(api.post(BASE, "title=x&body=y", form))).toBe(400)
        expect((await list()).count).toBe(1)
      })

      it("keeps Korean, Greek and emoji text as written", async () => {
        const reply = await create({ title: "환불 안내 Ελληνικά 🎉", body: "안녕하세요 {{customer.first_name}}님 — Γεια σας 👋" })
        const got = await api.get(`${BASE}/${reply.id}`, admin)
        expect(got.data.canned_reply.title).toBe("환불 안내 Ελληνικά 🎉")
        expect(got.data.canned_reply.body).toBe("안녕하세요 {{customer.first_name}}님 — Γεια σας 👋")
      })
    })

    describe("placeholders", () => {
      it("refuses unknown placeholders when saving, naming them", async () => {
        const err = await errorOf(
          api.post(BASE, { title: "x", body: "Hi {{customer.password}} {{ order.lines }} {{store.name}}" }, admin)
        )
        expect(err.status).toBe(400)
        expect(err.data.message).toContain("{{customer.password}}")
        expect(err.data.message).toContain("{{ order.lines }}")
        expect(err.data.message).not.toContain("{{store.name}}")

        for (const body of ["{{#each orders}}x{{/each}}", "{{{store.name}}}", "{{customer.first_name | there}}", "Hi {{store.name"]) {
          expect([body, await statusOf(api.post(BASE, { title: "x", body }, admin))]).toEqual([body, 400])
        }

        const reply = await create({ title: "ok", body: "Hi {{customer.first_name}}" })
        const upd = await errorOf(api.post(`${BASE}/${reply.id}`, { body: "{{constructor.name}}" }, admin))
        expect(upd.status).toBe(400)
        expect(upd.data.message).toContain("{{constructor.name}}")
        expect((await api.get(`${BASE}/${reply.id}`, admin)).data.canned_reply.body).toBe("Hi {{customer.first_name}}")
        expect((await list()).count).toBe(1)
      })
    })

    describe("shortcuts", () => {
      it("keeps shortcuts unique among live replies, reusable after a delete", async () => {
        const first = await create({ title: "Thanks", body: "Thank you!", shortcut: "ty" })
        const dup = await errorOf(api.post(BASE, { title: "Again", body: "x", shortcut: "ty" }, admin))
        expect(dup.status).toBe(400)
        expect(dup.data.message).toContain('"ty"')

        const other = await create({ title: "Other", body: "x", shortcut: "other" })
        expect(await statusOf(api.post(`${BASE}/${other.id}`, { shortcut: "ty" }, admin))).toBe(400)
        // Saving a reply with its own shortcut is fine.
        expect(await statusOf(api.post(`${BASE}/${first.id}`, { shortcut: "ty", title: "Thanks!" }, admin))).toBe(200)

        await api.delete(`${BASE}/${first.id}`, admin)
        const again = await create({ title: "Again", body: "x", shortcut: "ty" })
        expect(again.shortcut).toBe("ty")
        expect(await statusOf(api.post(`${BASE}/${other.id}`, { shortcut: "ty" }, admin))).toBe(400)
      })

      it("lets only one of several concurrent requests take a shortcut", async () => {
        const statuses = await Promise.all(
          [1, 2, 3].map((n) => statusOf(api.post(BASE, { title: `Race ${n}`, body: "x", shortcut: "race" }, admin)))
        )
        expect(statuses.sort()).toEqual([201, 400, 400])
        const rows = await helpdesk().listSupportCannedReplies({ shortcut: "race" })
        expect(rows).toHaveLength(1)
      })
    })

    describe("list", () => {
      beforeEach(async () => {
        await create({ title: "Refund issued", body: "Your refund is on its way.", shortcut: "refund", category: "billing", locale: "en" })
        await create({ title: "Where is my parcel", body: "Tracking: {{order.display_id}}", shortcut: "track", category: "shipping", locale: "en" })
        await create({ title: "환불 안내", body: "환불요청이 접수되었습니다.", shortcut: "환불", category: "billing", locale: "ko" })
        await create({ title: "ΕΠΙΣΤΡΟΦΉ ΧΡΗΜΆΤΩΝ", body: "Η επιστροφή χρημάτων ολοκληρώθηκε.", category: "billing", locale: "el" })
      })

      it("lists with count, offset and limit, ordered by title", async () => {
        const all = await list()
        expect(all).toMatchObject({ count: 4, offset: 0, limit: 20 })
        expect(titles(all)).toEqual(["Refund issued", "Where is my parcel", "ΕΠΙΣΤΡΟΦΉ ΧΡΗΜΆΤΩΝ", "환불 안내"])
        const page = await list("?limit=2&offset=1")
        expect(page).toMatchObject({ count: 4, offset: 1, limit: 2 })
        expect(titles(page)).toEqual(["Where is my parcel", "ΕΠΙΣΤΡΟΦΉ ΧΡΗΜΆΤΩΝ"])
        expect(titles(await list("?order=-title&limit=1"))).toEqual(["환불 안내"])
        expect(await statusOf(api.get(`${BASE}?order=deleted_at`, admin))).toBe(400)
        expect(await statusOf(api.get(`${BASE}?limit=1000`, admin))).toBe(400)
      })

      it("filters by category and locale", async () => {
        expect(titles(await list("?category=shipping"))).toEqual(["Where is my parcel"])
        expect(titles(await list("?category=billing&locale=ko"))).toEqual(["환불 안내"])
        expect(titles(await list("?locale=en&locale=el"))).toEqual(["Refund issued", "Where is my parcel", "ΕΠΙΣΤΡΟΦΉ ΧΡΗΜΆΤΩΝ"])
        expect(await statusOf(api.get(`${BASE}?category[$ne]=x`, admin))).toBe(400)
        expect(await statusOf(api.get(`${BASE}?usage_count=1`, admin))).toBe(400)
      })

      it("searches title, body and shortcut in any script, ignoring case and accents", async () => {
        const q = async (s: string, extra = "") => titles(await list(`?q=${encodeURIComponent(s)}${extra}`))
        expect(await q("REFUND")).toEqual(["Refund issued"])
        expect(await q("tracking")).toEqual(["Where is my parcel"])
        expect(await q("track")).toEqual(["Where is my parcel"])
        expect(await q("환불")).toEqual(["환불 안내"])
        expect(await q("접수")).toEqual(["환불 안내"])
        expect(await q("επιστροφη")).toEqual(["ΕΠΙΣΤΡΟΦΉ ΧΡΗΜΆΤΩΝ"])
        expect(await q("refund way")).toEqual(["Refund issued"])
        expect(await q("refund parcel")).toEqual([])
        expect(await q("%")).toEqual([])
        const paged = await list(`?q=${encodeURIComponent("e")}&limit=1&offset=1`)
        expect(paged).toMatchObject({ count: 2, offset: 1, limit: 1 })
        expect(titles(paged)).toEqual(["Where is my parcel"])
      })
    })

    describe("render", () => {
      const body = [
        'Hi {{customer.first_name | "there"}} {{customer.last_name | "-"}} <{{customer.email}}>',
        'Order #{{order.display_id | "n/a"}} is {{order.status | "unknown"}}, total {{order.total | "n/a"}}',
        "Ticket #{{ticket.display_id}}: {{ticket.subject}}",
        "{{agent.first_name}} from {{store.name}}",
      ].join("\n")

      it("fills placeholders from a customer's ticket and its order", async () => {
        const reply = await create({ title: "Status", body })
        const ticket = await helpdesk().createSupportTickets({
          subject: "Where is my 셔츠?",
          customer_id: minji.customer.id,
          email: "minji@shop.test",
          name: "김민지",
          identity: "customer",
          order_id: orderId,
        })
        expect(await render(reply.id, ticket.id)).toBe(
          [
            "Hi 민지 김 <minji@shop.test>",
            `Order #${orderDisplayId} is pending, total €49.00`,
            `Ticket #${ticket.display_id}: Where is my 셔츠?`,
            "Alex from Linen & Co",
          ].join("\n")
        )
        // Rendering is a preview: it neither changes the reply nor counts a use.
        const after = (await api.get(`${BASE}/${reply.id}`, admin)).data.canned_reply
        expect(after).toMatchObject({ body, usage_count: 0 })
      })

      it("formats the total for the reply's locale", async () => {
        const reply = await create({ title: "Total", body: "{{order.total}}", locale: "el" })
        const ticket = await helpdesk().createSupportTickets({
          subject: "Total?",
          customer_id: minji.customer.id,
          order_id: orderId,
        })
        expect(await render(reply.id, ticket.id)).toBe("49,00\u00a0€")
      })

      it("uses fallbacks for a guest ticket without an order", async () => {
        const reply = await create({ title: "Status", body })
        const ticket = await helpdesk().createSupportTickets({ subject: "Question", email: "guest@shop.test" })
        expect(await render(reply.id, ticket.id)).toBe(
          [
            "Hi there - <guest@shop.test>",
            "Order #n/a is unknown, total n/a",
            `Ticket #${ticket.display_id}: Question`,
            "Alex from Linen & Co",
          ].join("\n")
        )
        const named = await helpdesk().createSupportTickets({ subject: "Q", email: "eleni@shop.test", name: "Ελένη Π." })
        expect(await render(reply.id, named.id)).toContain("Hi Ελένη Π. - <eleni@shop.test>")
      })

      it("inserts values literally, never rendering them again", async () => {
        const reply = await create({ title: "Hi", body: "Hi {{customer.first_name}} {{customer.last_name}} / {{ticket.subject}}" })
        const ticket = await helpdesk().createSupportTickets({
          subject: "{{agent.first_name}} <b>$1</b>",
          customer_id: trickster.customer.id,
        })
        expect(await render(reply.id, ticket.id)).toBe(
          'Hi {{store.name}} {{customer.email | "$&"}} / {{agent.first_name}} <b>$1</b>'
        )
      })

      it("previews a draft against a ticket without saving it, naming what saving would refuse", async () => {
        const ticket = await helpdesk().createSupportTickets({
          subject: "Παραγγελία",
          customer_id: minji.customer.id,
          order_id: orderId,
        })
        const draft = 'Hi {{customer.first_name}}, order #{{order.display_id}} {{ oops }} {{customer.phone | "x"}}'
        const preview = (extra: Record<string, unknown>) =>
          api.post(`${BASE}/preview`, { body: draft, ...extra }, admin).then((r: any) => r.data)
        expect(await preview({ ticket_id: ticket.id })).toEqual({
          body: `Hi 민지, order #${orderDisplayId} {{ oops }} {{customer.phone | "x"}}`,
          unknown_placeholders: ["{{ oops }}", '{{customer.phone | "x"}}'],
        })
        expect(await preview({})).toMatchObject({ body: 'Hi , order # {{ oops }} {{customer.phone | "x"}}' })
        expect(await list("?q=oops")).toMatchObject({ count: 0 })
        expect(await statusOf(api.post(`${BASE}/preview`, { body: "x", ticket_id: "supt_missing" }, admin))).toBe(404)
        expect(await statusOf(api.post(`${BASE}/preview`, { body: "" }, admin))).toBe(400)
        expect(await statusOf(api.post(`${BASE}/preview`, { body: "x", title: "y" }, admin))).toBe(400)
      })

      it("answers 404 for a missing ticket or reply", async () => {
        const reply = await create({ title: "Hi", body: "Hi" })
        const ticket = await helpdesk().createSupportTickets({ subject: "Q", email: "g@shop.test" })
        expect(await statusOf(api.post(`${BASE}/${reply.id}/render`, { ticket_id: "supt_missing" }, admin))).toBe(404)
        await api.delete(`${BASE}/${reply.id}`, admin)
        expect(await statusOf(api.post(`${BASE}/${reply.id}/render`, { ticket_id: ticket.id }, admin))).toBe(404)
      })
    })

    describe("workflows", () => {
      it("emits events for created, updated and deleted replies", async () => {
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        const emitted: { name: string; data: unknown }[] = []
        const spy = jest.spyOn(eventBus, "emit").mockImplementation(async (events: any) => {
          for (const e of [events].flat()) emitted.push({ name: e.name, data: e.data })
        })
        try {
          const reply = await create({ title: "Evented", body: "x" })
          await api.post(`${BASE}/${reply.id}`, { title: "Evented!" }, admin)
          await api.delete(`${BASE}/${reply.id}`, admin)
          const ours = emitted.filter((e) => e.name.startsWith("support_canned_reply."))
          expect(ours).toEqual([
            { name: "support_canned_reply.created", data: { id: reply.id } },
            { name: "support_canned_reply.updated", data: { id: reply.id } },
            { name: "support_canned_reply.deleted", data: { id: reply.id } },
          ])
        } finally {
          spy.mockRestore()
        }
      })

      it("undoes a create, an update and a delete when a later step fails", async () => {
        // The engine rethrows the step's error in serialised form, not as an Error instance.
        const boomed = { message: "boom" }
        const container = getContainer()
        await expect(
          createThenFail(container).run({
            input: { canned_replies: [{ title: "Doomed", body: "x", shortcut: "doomed" }] },
          })
        ).rejects.toMatchObject(boomed)
        expect(await helpdesk().listSupportCannedReplies({ shortcut: "doomed" }, { withDeleted: true })).toHaveLength(0)

        const reply = await create({ title: "Kept", body: "Original", shortcut: "kept", category: "a" })
        await expect(
          updateThenFail(container).run({
            input: { id: reply.id, update: { title: "Changed", body: "Changed", shortcut: null, category: "b" } },
          })
        ).rejects.toMatchObject(boomed)
        expect((await api.get(`${BASE}/${reply.id}`, admin)).data.canned_reply).toMatchObject({
          title: "Kept",
          body: "Original",
          shortcut: "kept",
          category: "a",
        })

        const gone = await create({ title: "Gone", body: "x" })
        await api.delete(`${BASE}/${gone.id}`, admin)
        await expect(deleteThenFail(container).run({ input: { ids: [reply.id, gone.id] } })).rejects.toMatchObject(boomed)
        expect(await statusOf(api.get(`${BASE}/${reply.id}`, admin))).toBe(200)
        // A reply deleted before is not brought back by the compensation.
        expect(await statusOf(api.get(`${BASE}/${gone.id}`, admin))).toBe(404)
      })
    })

    describe("order actions", () => {
      it("stores an action with the reply, returns it from the routes, changes and clears it", async () => {
        const res = await api.post(BASE, { title: "Return label", body: "We started your return.", action: { type: "return" } }, admin)
        expect(res.status).toBe(201)
        const reply = res.data.canned_reply
        expect(reply.action).toEqual({ type: "return" })
        expect((await api.get(`${BASE}/${reply.id}`, admin)).data.canned_reply.action).toEqual({ type: "return" })
        expect((await list("?q=return%20label")).canned_replies.map((r: any) => r.action)).toEqual([{ type: "return" }])
        const [stored] = await helpdesk().listSupportCannedReplies({ id: reply.id })
        expect(stored.action).toEqual({ type: "return" })

        const promotion = { type: "promotion", promotion_type: "percentage", value: 10, note: "Sorry for the wait" }
        const updated = await api.post(`${BASE}/${reply.id}`, { action: promotion }, admin)
        expect(updated.data.canned_reply).toMatchObject({ title: "Return label", action: promotion })
        // Other edits leave the action alone; null clears it.
        expect((await api.post(`${BASE}/${reply.id}`, { title: "Goodwill" }, admin)).data.canned_reply.action).toEqual(promotion)
        expect((await api.post(`${BASE}/${reply.id}`, { action: null }, admin)).data.canned_reply.action).toBeNull()

        const plain = await create({ title: "Plain", body: "x" })
        expect(plain.action).toBeNull()
        for (const action of [
          { type: "resend", kind: "shipping_notification" },
          { type: "cancel", note: "Asked by the customer" },
          { type: "tracking_links" },
        ]) {
          expect((await api.post(`${BASE}/${plain.id}`, { action }, admin)).data.canned_reply.action).toEqual(action)
        }
        // A failed update writes the old action back as it was, not merged with the new one.
        await expect(
          updateThenFail(getContainer()).run({
            input: { id: plain.id, update: { action: { type: "resend", kind: "order_confirmation", note: "x" } } },
          })
        ).rejects.toMatchObject({ message: "boom" })
        expect((await api.get(`${BASE}/${plain.id}`, admin)).data.canned_reply.action).toEqual({ type: "tracking_links" })
        await api.delete(`${BASE}/${reply.id}`, admin)
        await api.delete(`${BASE}/${plain.id}`, admin)
      })

      it("refuses an unknown action type or presets its route would refuse, and writes nothing", async () => {
        const before = (await list()).count
        const reply = await create({ title: "Keeps its action", body: "x", action: { type: "cancel" } })
        const bad: unknown[] = [
          { type: "explode" },
          { type: "refund", amount: 10 },
          "cancel",
          { type: "cancel", extra: 1 },
          { type: "resend" },
          { type: "resend", kind: "sms" },
          { type: "promotion", promotion_type: "percentage", value: 150 },
          { type: "promotion", promotion_type: "fixed", value: -1 },
          { type: "return", items: [{ id: "ordli_x", quantity: 1 }] },
          { type: "tracking_links", note: "x" },
          { type: { $ne: null } },
        ]
        for (const action of bad) {
          expect([action, await statusOf(api.post(BASE, { title: "x", body: "y", action }, admin))]).toEqual([action, 400])
          expect([action, await statusOf(api.post(`${BASE}/${reply.id}`, { action }, admin))]).toEqual([action, 400])
        }
        expect((await list()).count).toBe(before + 1)
        expect((await api.get(`${BASE}/${reply.id}`, admin)).data.canned_reply.action).toEqual({ type: "cancel" })
        await api.delete(`${BASE}/${reply.id}`, admin)
      })
    })
  },
})
