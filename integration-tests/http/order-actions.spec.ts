import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { HELPDESK_MODULE } from "../../src/modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../src/modules/helpdesk/service"
import {
  cancelTicketOrderWorkflow,
  createTicketWorkflow,
  issueGoodwillPromotionWorkflow,
  startTicketReturnWorkflow,
} from "../../src/workflows"
import { createAdmin } from "../helpers/actors"
import { errorOf } from "../helpers/orders"
import { thenFail } from "../helpers/rollback"
import { placeOrderLike, seedShop } from "../helpers/shop"

jest.setTimeout(240_000)

// Each runs one order action as a step and then fails, to prove the action is rolled back.
const cancelThenFail = thenFail("cancel", cancelTicketOrderWorkflow)
const returnThenFail = thenFail("return", startTicketReturnWorkflow)
const promotionThenFail = thenFail("promotion", issueGoodwillPromotionWorkflow)

const ADMIN_ORDER_FIELDS =
  "id,status,payment_status,fulfillment_status,*returns,*items,items.detail.return_requested_quantity,*payment_collections.payments.refunds"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let agent: Awaited<ReturnType<typeof createAdmin>>
    let second: Awaited<ReturnType<typeof createAdmin>>
    let shop: Awaited<ReturnType<typeof seedShop>>

    const container = () => getContainer()
    const helpdesk = () => container().resolve<HelpdeskModuleService>(HELPDESK_MODULE)

    /** A ticket of the order's customer about that order (or about none). */
    async function ticketFor(customerKey: "emma" | "minji", orderId: string | null) {
      const customer = shop.customers[customerKey]
      const { result } = await createTicketWorkflow(container()).run({
        input: {
          subject: "About my order",
          body: "Please help",
          order_id: orderId,
          customer_id: customer.id,
          email: customer.email,
          identity: "customer",
          author: { type: "customer", id: customer.id, name: customer.first_name },
        },
      })
      return result.ticket ?? result
    }

    async function newOrder(stage: "placed" | "paid" | "fulfilled" | "shipped", template = "emma-3") {
      return placeOrderLike(container(), shop.orders[template].id, stage)
    }

    async function adminOrder(id: string) {
      const res = await api.get(`/admin/orders/${id}?fields=${ADMIN_ORDER_FIELDS}`, agent)
      return res.data.order
    }

    async function actionLines(ticketId: string) {
      const messages = await helpdesk().listSupportMessages({ ticket_id: ticketId, author_type: "system" })
      return messages.filter((m: any) => m.metadata?.event === "order_action")
    }

    const path = (ticketId: string, action: string) => `/admin/support/tickets/${ticketId}/order-actions/${action}`

    beforeAll(async () => {
      shop = await seedShop(container())
      agent = await createAdmin(container(), { first_name: "Alex" })
      second = await createAdmin(container(), { first_name: "Bo" })
    })

    describe("cancel", () => {
      it("cancels a paid order through Medusa, records the lines, and refuses a second cancel", async () => {
        const order = await newOrder("paid")
        const ticket = await ticketFor("emma", order.id)
        const res = await api.post(path(ticket.id, "cancel"), { note: "Customer changed their mind" }, agent)
        expect(res.status).toBe(200)
        expect(res.data.order.status).toBe("canceled")
        expect(res.data.ticket.id).toBe(ticket.id)

        const medusa = await adminOrder(order.id)
        expect(medusa.status).toBe("canceled")
        // Medusa's cancel refunds what was captured.
        expect(medusa.payment_status).toBe("refunded")

        const lines = await actionLines(ticket.id)
        const internal = lines.find((l: any) => l.internal)!
        expect(internal.body).toContain(`/app/orders/${order.id}`)
        expect(internal.body).toContain("Customer changed their mind")
        expect(internal.metadata).toMatchObject({ action: "cancel", order_id: order.id })
        const shopperLine = lines.find((l: any) => !l.internal)!
        expect(shopperLine.body).toBe(`Order #${order.display_id} was canceled.`)
        expect(shopperLine.body).not.toContain("changed their mind")

        const again = await errorOf(api.post(path(ticket.id, "cancel"), {}, agent))
        expect(again.status).toBe(400)
        expect(await actionLines(ticket.id)).toHaveLength(2)
      })

      it("refuses a ticket without an order and an order of another customer", async () => {
        const noOrder = await ticketFor("emma", null)
        for (const action of ["cancel", "return", "refund", "promotion"]) {
          const body =
            action === "return"
              ? { items: [{ id: "ordli_x", quantity: 1 }] }
              : action === "refund"
                ? { amount: 1 }
                : action === "promotion"
                  ? { type: "fixed", value: 5 }
                  : {}
          const err = await errorOf(api.post(path(noOrder.id, action), body, agent))
          expect(err.status).toBe(400)
          expect(err.data.message).toMatch(/no order/)
        }

        const minjisOrder = await newOrder("paid", "minji-2")
        const ticket = await ticketFor("emma", null)
        // A ticket pointing at someone else's order (e.g. edited by hand): never acted on.
        await helpdesk().updateSupportTickets({ id: ticket.id, order_id: minjisOrder.id })
        const err = await errorOf(api.post(path(ticket.id, "cancel"), {}, agent))
        expect(err.status).toBe(400)
        expect(err.data.message).toMatch(/does not belong/)
        expect((await adminOrder(minjisOrder.id)).status).toBe("pending")
      })

      it("rolls the cancel back when a later step fails", async () => {
        const order = await newOrder("placed")
        const ticket = await ticketFor("emma", order.id)
        await expect(
          cancelThenFail(container()).run({ input: { ticket_id: ticket.id, actor: { id: agent.user.id } } })
        ).rejects.toMatchObject({ message: "boom" })
        expect((await adminOrder(order.id)).status).toBe("pending")
        expect(await actionLines(ticket.id)).toHaveLength(0)
      })
    })

    describe("return", () => {
      it("starts a return for chosen items that Medusa's order shows as requested", async () => {
        const order = await newOrder("shipped", "emma-1")
        const ticket = await ticketFor("emma", order.id)
        const item = order.items![0]
        const res = await api.post(
          path(ticket.id, "return"),
          { items: [{ id: item.id, quantity: 1 }], note: "Too small" },
          agent
        )
        expect(res.status).toBe(200)
        expect(res.data.return.id).toMatch(/^return_/)

        const medusa = await adminOrder(order.id)
        expect(medusa.returns).toEqual([expect.objectContaining({ id: res.data.return.id, status: "requested" })])
        const returned = medusa.items.find((i: any) => i.id === item.id)
        expect(Number(returned.detail.return_requested_quantity)).toBe(1)
        const lines = await actionLines(ticket.id)
        expect(lines.find((l: any) => l.internal)!.metadata).toMatchObject({ action: "return", return_id: res.data.return.id })
        expect(res.data.order.items.find((i: any) => i.id === item.id).returnable_quantity).toBe(Number(item.quantity) - 1)
      })

      it("refuses items Medusa will not return: more than fulfilled, unknown, on a canceled order", async () => {
        const placed = await newOrder("placed")
        const ticket = await ticketFor("emma", placed.id)
        const notFulfilled = await errorOf(
          api.post(path(ticket.id, "return"), { items: [{ id: placed.items![0].id, quantity: 1 }] }, agent)
        )
        expect(notFulfilled.status).toBe(400)
        expect(notFulfilled.data.message).toMatch(/fulfilled/)
        const unknown = await errorOf(api.post(path(ticket.id, "return"), { items: [{ id: "ordli_nope", quantity: 1 }] }, agent))
        expect(unknown.status).toBe(400)
        expect((await adminOrder(placed.id)).returns).toEqual([])

        await api.post(path(ticket.id, "cancel"), {}, agent)
        const canceled = await errorOf(
          api.post(path(ticket.id, "return"), { items: [{ id: placed.items![0].id, quantity: 1 }] }, agent)
        )
        expect(canceled.status).toBe(400)
      })

      it("rolls the return back when a later step fails", async () => {
        const order = await newOrder("shipped", "emma-1")
        const ticket = await ticketFor("emma", order.id)
        await expect(
          returnThenFail(container()).run({
            input: { ticket_id: ticket.id, actor: { id: agent.user.id }, items: [{ id: order.items![0].id, quantity: 1 }] },
          })
        ).rejects.toMatchObject({ message: "boom" })
        const medusa = await adminOrder(order.id)
        expect(medusa.returns.filter((r: any) => r.status !== "canceled")).toEqual([])
        expect(Number(medusa.items[0].detail.return_requested_quantity)).toBe(0)
        expect(await actionLines(ticket.id)).toHaveLength(0)
      })
    })

    describe("refund", () => {
      it("refunds up to what is refundable and refuses more", async () => {
        const order = await newOrder("paid", "emma-1")
        const ticket = await ticketFor("emma", order.id)
        const view = (await api.get(`/admin/support/tickets/${ticket.id}/order-actions`, agent)).data.order
        expect(view.payment_status).toBe("captured")
        const refundable = view.refundable_amount
        expect(refundable).toBe(Number(order.total))

        const res = await api.post(path(ticket.id, "refund"), { amount: 10, note: "Late delivery" }, agent)
        expect(res.status).toBe(200)
        expect(res.data.order.refundable_amount).toBe(refundable - 10)
        const medusa = await adminOrder(order.id)
        expect(medusa.payment_status).toBe("partially_refunded")
        const refunds = medusa.payment_collections.flatMap((pc: any) => pc.payments).flatMap((p: any) => p.refunds)
        expect(refunds.map((r: any) => Number(r.amount))).toEqual([10])

        const tooMuch = await errorOf(api.post(path(ticket.id, "refund"), { amount: refundable }, agent))
        expect(tooMuch.status).toBe(400)
        expect(tooMuch.data.message).toMatch(/above what is refundable/)
        const after = await adminOrder(order.id)
        expect(after.payment_collections.flatMap((pc: any) => pc.payments).flatMap((p: any) => p.refunds)).toHaveLength(1)
        const lines = await actionLines(ticket.id)
        expect(lines.filter((l: any) => l.metadata.action === "refund")).toHaveLength(2)
        expect(lines.find((l: any) => !l.internal)!.body).not.toContain("Late delivery")
      })

      it("asks a second agent above the approval limit and runs the refund once on approval", async () => {
        await api.post("/admin/support/settings", { order_actions: { refund_approval_limit: 20 } }, agent)
        try {
          const order = await newOrder("paid", "emma-1")
          const ticket = await ticketFor("emma", order.id)
          const asked = await api.post(path(ticket.id, "refund"), { amount: 30 }, agent)
          expect(asked.status).toBe(202)
          expect(asked.data.approval).toMatchObject({ status: "pending", amount: 30, requested_by: agent.user.id })
          expect((await adminOrder(order.id)).payment_status).toBe("captured")
          const pending = (await api.get(`/admin/support/tickets/${ticket.id}/order-actions`, agent)).data.approvals
          expect(pending).toEqual([expect.objectContaining({ id: asked.data.approval.id, status: "pending" })])
          // The ticket page reads the same view from the ticket's context (one request fewer).
          const context = (await api.get(`/admin/support/tickets/${ticket.id}/context`, agent)).data
          expect(context.order_actions.approvals).toEqual(pending)
          expect(context.order_actions.order).toMatchObject({ id: order.id, payment_status: "captured" })
          expect((await actionLines(ticket.id)).map((l: any) => l.metadata.action)).toEqual(["refund_approval_requested"])

          const approve = path(ticket.id, `approvals/${asked.data.approval.id}/approve`)
          const self = await errorOf(api.post(approve, {}, agent))
          expect(self.status).toBe(400)
          expect(self.data.message).toMatch(/Another agent/)

          const ok = await api.post(approve, {}, second)
          expect(ok.status).toBe(200)
          expect(ok.data.approval.status).toBe("approved")
          expect(ok.data.order.payment_status).toBe("partially_refunded")
          const twice = await errorOf(api.post(approve, {}, second))
          expect(twice.status).toBe(400)
          const refunds = (await adminOrder(order.id)).payment_collections
            .flatMap((pc: any) => pc.payments)
            .flatMap((p: any) => p.refunds)
          expect(refunds.map((r: any) => Number(r.amount))).toEqual([30])

          // At the limit no approval is needed.
          const atLimit = await api.post(path(ticket.id, "refund"), { amount: 20 }, agent)
          expect(atLimit.status).toBe(200)
        } finally {
          await api.post("/admin/support/settings", { order_actions: { refund_approval_limit: null } }, agent)
        }
      })
    })

    describe("promotion", () => {
      it("issues a one-use code through the Promotion module, and rolls it back when a later step fails", async () => {
        const order = await newOrder("paid")
        const ticket = await ticketFor("emma", order.id)
        const res = await api.post(path(ticket.id, "promotion"), { type: "percentage", value: 10 }, agent)
        expect(res.data.promotion.code).toMatch(/^SORRY-[A-Z2-9]{4}-[A-Z2-9]{4}$/)
        const query = container().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({
          entity: "promotion",
          fields: ["code", "limit", "is_automatic", "application_method.type", "application_method.value"],
          filters: { code: res.data.promotion.code },
        })
        expect(data[0]).toMatchObject({ limit: 1, is_automatic: false, application_method: { type: "percentage" } })
        expect(Number(data[0].application_method!.value)).toBe(10)
        expect((await actionLines(ticket.id))[0].body).toContain(res.data.promotion.code)

        expect((await errorOf(api.post(path(ticket.id, "promotion"), { type: "percentage", value: 150 }, agent))).status).toBe(400)

        const before = (await query.graph({ entity: "promotion", fields: ["id"] })).data.length
        await expect(
          promotionThenFail(container()).run({
            input: { ticket_id: ticket.id, actor: { id: agent.user.id }, type: "fixed", value: 5 },
          })
        ).rejects.toMatchObject({ message: "boom" })
        expect((await query.graph({ entity: "promotion", fields: ["id"] })).data.length).toBe(before)
      })
    })

    describe("tracking, resend and placeholders", () => {
      it("gives the tracking links, resends the shipping notification, and fills the order placeholders", async () => {
        const order = await newOrder("shipped", "emma-1")
        const ticket = await ticketFor("emma", order.id)
        const links = await api.get(path(ticket.id, "tracking-links"), agent)
        expect(links.data.tracking_links).toEqual([
          expect.objectContaining({ url: expect.stringMatching(/^https:\/\/tracking\.example\.com\/DEMO/) }),
        ])
        expect(links.data.text).toContain("https://tracking.example.com/")

        const resent = await api.post(path(ticket.id, "resend"), { kind: "shipping_notification" }, agent)
        expect(resent.data.notification.fulfillment_id).toMatch(/^ful_/)
        const placed = await ticketFor("emma", (await newOrder("placed")).id)
        expect((await errorOf(api.post(path(placed.id, "resend"), { kind: "shipping_notification" }, agent))).status).toBe(400)

        const reply = await api.post(
          "/admin/support/canned-replies",
          {
            title: "Order status",
            body:
              "{{order.items}}|{{order.tracking_links}}|{{order.fulfillment_status}}|{{order.payment_status}}|{{order.shipping_address.city}}|{{return.label_url | \"none\"}}",
          },
          agent
        )
        const rendered = await api.post(
          `/admin/support/canned-replies/${reply.data.canned_reply.id}/render`,
          { ticket_id: ticket.id },
          agent
        )
        const [items, tracking, fulfillment, payment, city, label] = rendered.data.body.split("|")
        expect(items).toMatch(/^- 1 × .+/m)
        expect(tracking).toContain("https://tracking.example.com/")
        expect(fulfillment).toBe("shipped")
        expect(payment).toBe("captured")
        expect(city.length).toBeGreaterThan(0)
        expect(label).toBe("none")
      })
    })
  },
})
