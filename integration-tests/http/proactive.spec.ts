import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createAndCompleteReturnOrderWorkflow,
  createOrderPaymentCollectionWorkflow,
  createOrderWorkflow,
  createPaymentSessionsWorkflow,
  createShippingOptionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { HELPDESK_MODULE } from "../../src/modules/helpdesk/domain/constants"
import { DEFAULT_PROACTIVE_TEXTS } from "../../src/modules/helpdesk/domain/proactive"
import type HelpdeskModuleService from "../../src/modules/helpdesk/service"
import import_job from "../../src/jobs/open-not-shipped-tickets"
import {
  createTicketWorkflow,
  handlePaymentWebhookAction,
  startTicketReturnWorkflow,
  openProactiveTicketWorkflow,
  recordDeliveryFailureWorkflow,
  runNotShippedCheck,
} from "../../src/workflows"
import { createAdmin, createCustomer } from "../helpers/actors"
import { createRegion, errorOf } from "../helpers/orders"
import { thenFail } from "../helpers/rollback"
import { placeOrderLike, seedShop } from "../helpers/shop"
import { eventually, sleep } from "../helpers/wait"

jest.setTimeout(240_000)

// Runs the proactive workflow as a step and then fails, to prove the ticket and the claim are rolled back.
const proactiveThenFail = thenFail("proactive", openProactiveTicketWorkflow)

const KINDS_OFF = {
  order_canceled: { enabled: false },
  return_requested: { enabled: false },
  not_shipped: { enabled: false },
  payment_failed: { enabled: false },
  delivery_failed: { enabled: false },
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let agent: Awaited<ReturnType<typeof createAdmin>>
    let shopper: Awaited<ReturnType<typeof createCustomer>>
    let shop: Awaited<ReturnType<typeof seedShop>>
    let regionId: string
    let returnOptionId: string

    const container = () => getContainer()
    const helpdesk = () => container().resolve<HelpdeskModuleService>(HELPDESK_MODULE)

    async function settings(proactive: Record<string, unknown>) {
      await api.post("/admin/support/settings", { proactive: { ...KINDS_OFF, ...proactive } }, agent)
    }

    /** A real order of the signed-in shopper, through Medusa's createOrderWorkflow. */
    async function shopperOrder(locale: string | null = "ko") {
      const { result } = await createOrderWorkflow(container()).run({
        input: {
          region_id: regionId,
          email: shopper.customer.email,
          customer_id: shopper.customer.id,
          locale: locale ?? undefined,
          items: [{ title: "Linen shirt", quantity: 1, unit_price: 49 }],
        } as any,
      })
      return result
    }

    const ticketsOf = (orderId: string) => helpdesk().listSupportTickets({ order_id: orderId }, { order: { created_at: "ASC" } })
    const messagesOf = (ticketId: string) => helpdesk().listSupportMessages({ ticket_id: ticketId }, { order: { created_at: "ASC" } })
    /** The ticket the proactive workflow opened or wrote on, once its run has finished (its claim records it). */
    async function handledTicket(orderId: string) {
      const claim = await eventually(async () => (await helpdesk().listSupportProactiveEvents({ order_id: orderId })).find((c: any) => c.ticket_id))
      const [ticket] = await helpdesk().listSupportTickets({ id: claim.ticket_id })
      return ticket
    }
    const emit = (name: string, data: Record<string, unknown>) => container().resolve(Modules.EVENT_BUS).emit({ name, data })

    beforeAll(async () => {
      shop = await seedShop(container())
      agent = await createAdmin(container(), { first_name: "Alex" })
      shopper = await createCustomer(container(), shop.publishableKey, { first_name: "Minji", last_name: "Kim" })
      regionId = (await createRegion(container())).id
      // A return shipping option beside the demo's EU one (returns need one).
      const [eu] = await container().resolve(Modules.FULFILLMENT).listShippingOptions({ name: "Standard shipping (EU)" })
      const { result } = await createShippingOptionsWorkflow(container()).run({
        input: [
          {
            name: "Return (EU)",
            price_type: "flat",
            provider_id: "manual_manual",
            service_zone_id: eu.service_zone_id,
            shipping_profile_id: eu.shipping_profile_id,
            type: { label: "Return", description: "Return", code: "return" },
            prices: [{ currency_code: "eur", amount: 0 }],
            rules: [{ attribute: "is_return", value: "true", operator: "eq" }],
          },
        ],
      })
      returnOptionId = result[0].id
    })

    describe("order canceled", () => {
      it("opens the shopper's ticket in their language, linked to the order, once however often the event comes", async () => {
        await settings({ order_canceled: { enabled: true } })
        const order = await shopperOrder("ko")
        const res = await api.post(`/admin/orders/${order.id}/cancel`, {}, agent)
        expect(res.data.order.status).toBe("canceled")

        const ticket = await handledTicket(order.id)
        expect(ticket).toMatchObject({ order_id: order.id, customer_id: shopper.customer.id, email: shopper.customer.email, identity: "customer" })
        expect(ticket.subject).toBe(`주문 #${order.display_id}이(가) 취소되었습니다`)
        const messages = await messagesOf(ticket.id)
        const shopperMessage = messages.find((m: any) => !m.internal)!
        expect(shopperMessage.body).toContain(`Minji님, 주문 #${order.display_id}이(가) 취소되었습니다`)
        expect(shopperMessage.author_type).toBe("agent")
        const line = messages.find((m: any) => m.internal)!
        expect(line.body).toContain(`/app/orders/${order.id}`)
        expect(line.metadata).toMatchObject({ event: "proactive", kind: "order_canceled", order_id: order.id, mode: "shopper" })

        // The order is linked through the ticket-order link.
        const query = container().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "support_ticket", fields: ["id", "order.id", "order.status"], filters: { id: ticket.id } })
        expect((data[0] as any).order).toMatchObject({ id: order.id, status: "canceled" })

        // The shopper sees it in the store API, with the store's message and not the internal line.
        const list = await api.get("/store/support/tickets", shopper)
        expect(list.data.tickets.map((t: any) => t.id)).toContain(ticket.id)
        const thread = await api.get(`/store/support/tickets/${ticket.id}/messages`, shopper)
        const bodies = thread.data.messages.map((m: any) => m.body).join("\n")
        expect(bodies).toContain(shopperMessage.body)
        expect(bodies).not.toContain("/app/orders/")

        // Delivered again through the event bus, and run again directly: still one ticket, one message.
        await emit("order.canceled", { id: order.id })
        await emit("order.canceled", { id: order.id })
        const again = await openProactiveTicketWorkflow(container()).run({ input: { kind: "order_canceled", order_id: order.id } })
        expect(again.result).toMatchObject({ acted: false, reason: "already_handled" })
        await sleep(1500)
        expect(await ticketsOf(order.id)).toHaveLength(1)
        expect(await messagesOf(ticket.id)).toHaveLength(2)
        const claims = await helpdesk().listSupportProactiveEvents({ order_id: order.id })
        expect(claims).toHaveLength(1)
        expect(claims[0]).toMatchObject({ event_key: `order_canceled:${order.id}`, ticket_id: ticket.id })
      })

      it("writes on the shopper's open ticket about the order instead of opening another", async () => {
        await settings({ order_canceled: { enabled: true, texts: { en: { message: "Hi {{customer.first_name}}, order #{{order.display_id}} ({{ticket.display_id}}) is canceled." } } } })
        const order = await shopperOrder("en")
        const opened = await api.post(
          "/store/support/tickets",
          { subject: "Change my order", body: "Can I change the size?", order_id: order.id },
          shopper
        )
        const ticketId = opened.data.ticket.id
        await api.post(`/admin/orders/${order.id}/cancel`, {}, agent)
        expect((await handledTicket(order.id)).id).toBe(ticketId)
        const message = await eventually(async () => (await messagesOf(ticketId)).find((m: any) => m.metadata?.automation === "proactive"))
        expect(message.body).toBe(`Hi Minji, order #${order.display_id} (${opened.data.ticket.display_id}) is canceled.`)
        expect(message.internal).toBe(false)
        expect((await messagesOf(ticketId)).filter((m: any) => m.internal && m.metadata?.event === "proactive")).toHaveLength(1)
        expect(await ticketsOf(order.id)).toHaveLength(1)
        const thread = await api.get(`/store/support/tickets/${ticketId}/messages`, shopper)
        expect(thread.data.messages.map((m: any) => m.body)).toContain(message.body)
        // Back to the default text.
        await settings({ order_canceled: { enabled: true, texts: { en: { message: null } } } })
        const s = await api.get("/admin/support/settings", agent)
        expect(s.data.settings.proactive.order_canceled.texts.en.message).toBe(DEFAULT_PROACTIVE_TEXTS.order_canceled.en.message)
      })

      it("in internal mode opens a ticket no shopper can see or be mailed about", async () => {
        await settings({ order_canceled: { enabled: true, mode: "internal" } })
        const order = await shopperOrder("el")
        await api.post(`/admin/orders/${order.id}/cancel`, {}, agent)
        const ticket = await handledTicket(order.id)
        expect(ticket).toMatchObject({ customer_id: null, email: null, name: null, order_id: order.id })
        expect(ticket.subject).toBe(`Order canceled by the store: order #${order.display_id}`)
        const [note] = await messagesOf(ticket.id)
        expect(note.body).toContain("Suggested message to the shopper (not sent)")
        expect(note.body).toContain(`η παραγγελία σας #${order.display_id} ακυρώθηκε`)
        // Nothing of who the shopper is: the ticket has no requester for a privacy erasure to find.
        expect(note.body).not.toContain("Minji")
        expect(ticket.search_text).not.toContain("minji")

        const list = await api.get("/store/support/tickets", shopper)
        expect(list.data.tickets.map((t: any) => t.id)).not.toContain(ticket.id)
        expect((await errorOf(api.get(`/store/support/tickets/${ticket.id}/messages`, shopper))).status).toBe(404)
      })

      it("in internal mode adds only an internal line to the shopper's open ticket", async () => {
        await settings({ order_canceled: { enabled: true, mode: "internal" } })
        const order = await shopperOrder("en")
        const opened = await api.post("/store/support/tickets", { subject: "Cancel?", body: "Please cancel", order_id: order.id }, shopper)
        await api.post(`/admin/orders/${order.id}/cancel`, {}, agent)
        expect((await handledTicket(order.id)).id).toBe(opened.data.ticket.id)
        const line = await eventually(async () => (await messagesOf(opened.data.ticket.id)).find((m: any) => m.metadata?.event === "proactive"))
        expect(line.internal).toBe(true)
        const thread = await api.get(`/store/support/tickets/${opened.data.ticket.id}/messages`, shopper)
        expect(thread.data.messages).toHaveLength(1)
        expect(await ticketsOf(order.id)).toHaveLength(1)
      })

      it("does nothing when switched off, for a cancel an agent made from a ticket, or one a host marks as the shopper's", async () => {
        await settings({})
        const order = await shopperOrder()
        await api.post(`/admin/orders/${order.id}/cancel`, {}, agent)
        const { result } = await openProactiveTicketWorkflow(container()).run({ input: { kind: "order_canceled", order_id: order.id } })
        expect(result).toMatchObject({ acted: false, reason: "disabled" })
        await sleep(1500)
        expect(await ticketsOf(order.id)).toHaveLength(0)
        expect(await helpdesk().listSupportProactiveEvents({ order_id: order.id })).toHaveLength(0)

        await settings({ order_canceled: { enabled: true } })
        const viaTicket = await shopperOrder("en")
        const opened = await api.post("/store/support/tickets", { subject: "Cancel please", body: "Cancel it", order_id: viaTicket.id }, shopper)
        await api.post(`/admin/support/tickets/${opened.data.ticket.id}/order-actions/cancel`, {}, agent)
        const direct = await openProactiveTicketWorkflow(container()).run({ input: { kind: "order_canceled", order_id: viaTicket.id } })
        expect(direct.result.reason).toBe("canceled_from_ticket")
        await sleep(1500)
        expect((await messagesOf(opened.data.ticket.id)).filter((m: any) => m.metadata?.event === "proactive" || m.metadata?.automation === "proactive")).toHaveLength(0)

        const byShopper = await shopperOrder("en")
        await container().resolve(Modules.ORDER).updateOrders(byShopper.id, { metadata: { canceled_by: "customer" } })
        await api.post(`/admin/orders/${byShopper.id}/cancel`, {}, agent)
        const marked = await openProactiveTicketWorkflow(container()).run({ input: { kind: "order_canceled", order_id: byShopper.id } })
        expect(marked.result.reason).toBe("canceled_by_customer")

        const notCanceled = await shopperOrder("en")
        const early = await openProactiveTicketWorkflow(container()).run({ input: { kind: "order_canceled", order_id: notCanceled.id } })
        expect(early.result.reason).toBe("not_canceled")
      })

      it("rolls the ticket and the claim back when a later step fails", async () => {
        // Canceled while the kind is off (the subscriber does nothing), then switched on.
        await settings({})
        const order = await shopperOrder("en")
        await api.post(`/admin/orders/${order.id}/cancel`, {}, agent)
        await sleep(1000)
        await settings({ order_canceled: { enabled: true } })
        await expect(proactiveThenFail(container()).run({ input: { kind: "order_canceled", order_id: order.id } })).rejects.toMatchObject({ message: "boom" })
        expect(await ticketsOf(order.id)).toHaveLength(0)
        expect(await helpdesk().listSupportProactiveEvents({ order_id: order.id })).toHaveLength(0)
        const { result } = await openProactiveTicketWorkflow(container()).run({ input: { kind: "order_canceled", order_id: order.id } })
        expect(result).toMatchObject({ acted: true, created: true })
        expect(await ticketsOf(order.id)).toHaveLength(1)
      })
    })

    describe("return requested", () => {
      it("opens an internal ticket for a storefront return, once, and none for a return staff created", async () => {
        await settings({ return_requested: { enabled: true } })
        const order = await placeOrderLike(container(), shop.orders["emma-3"].id, "fulfilled")
        const query = container().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "order", fields: ["items.*"], filters: { id: order.id } })
        const item = (data[0] as any).items[0]
        // What POST /store/returns runs (no creator recorded).
        await createAndCompleteReturnOrderWorkflow(container()).run({
          input: { order_id: order.id, return_shipping: { option_id: returnOptionId }, items: [{ id: item.id, quantity: 1 }] } as any,
        })
        const ticket = await handledTicket(order.id)
        expect(ticket).toMatchObject({ customer_id: null, email: null })
        const [note] = await messagesOf(ticket.id)
        expect(note.body).toContain("Return requested from the storefront")
        const [claim] = await helpdesk().listSupportProactiveEvents({ order_id: order.id })
        expect(claim.event_key).toMatch(new RegExp(`^return_requested:${order.id}:`))
        const returnId = claim.event_key.split(":")[2]
        await emit("order.return_requested", { order_id: order.id, return_id: returnId })
        await sleep(1500)
        expect(await ticketsOf(order.id)).toHaveLength(1)

        // Host code that names the creator, and an agent's return from a ticket: no proactive ticket.
        const hostOrder = await placeOrderLike(container(), shop.orders["emma-3"].id, "fulfilled")
        const { data: hostData } = await query.graph({ entity: "order", fields: ["items.*"], filters: { id: hostOrder.id } })
        await createAndCompleteReturnOrderWorkflow(container()).run({
          input: { order_id: hostOrder.id, created_by: agent.user.id, return_shipping: { option_id: returnOptionId }, items: [{ id: (hostData[0] as any).items[0].id, quantity: 1 }] } as any,
        })
        const staffOrder = await placeOrderLike(container(), shop.orders["emma-3"].id, "fulfilled")
        const { data: staffData } = await query.graph({ entity: "order", fields: ["items.*"], filters: { id: staffOrder.id } })
        const emma = shop.customers.emma
        const { result: agentTicket } = await createTicketWorkflow(container()).run({
          input: { subject: "Return", body: "I want to return it", order_id: staffOrder.id, customer_id: emma.id, email: emma.email, identity: "customer", author: { type: "customer", id: emma.id } },
        })
        await startTicketReturnWorkflow(container()).run({
          input: { ticket_id: agentTicket.ticket.id, actor: { id: agent.user.id }, items: [{ id: (staffData[0] as any).items[0].id, quantity: 1 }] },
        })
        await sleep(1500)
        expect(await ticketsOf(hostOrder.id)).toHaveLength(0)
        expect(await ticketsOf(staffOrder.id)).toHaveLength(1)
        expect((await messagesOf(agentTicket.ticket.id)).filter((m: any) => m.metadata?.event === "proactive")).toHaveLength(0)
        expect(await helpdesk().listSupportProactiveEvents({ order_id: [hostOrder.id, staffOrder.id] })).toHaveLength(0)
      })
    })

    describe("not shipped", () => {
      it("the job opens one ticket for an order not shipped N days after it was placed", async () => {
        await settings({ not_shipped: { enabled: true, days: 2 } })
        const order = await shopperOrder("en")
        const placed = new Date(order.created_at as any).getTime()
        // Not yet late.
        await runNotShippedCheck(container(), new Date(placed + 1 * 86_400_000))
        expect(await ticketsOf(order.id)).toHaveLength(0)
        const first = await runNotShippedCheck(container(), new Date(placed + 2 * 86_400_000 + 60_000))
        expect(first.opened).toBeGreaterThanOrEqual(1)
        const [ticket] = await ticketsOf(order.id)
        const [note] = await messagesOf(ticket.id)
        expect(note.body).toContain("Order not shipped yet")
        await runNotShippedCheck(container(), new Date(placed + 3 * 86_400_000))
        expect(await ticketsOf(order.id)).toHaveLength(1)
        // The job itself runs on the real clock: the order is too new for it.
        await import_job(container())
        expect(await ticketsOf(order.id)).toHaveLength(1)

        // Shipped orders are left alone.
        const shipped = await placeOrderLike(container(), shop.orders["emma-3"].id, "shipped")
        await runNotShippedCheck(container(), new Date(Date.now() + 3 * 86_400_000))
        expect(await ticketsOf(shipped.id)).toHaveLength(0)
      })
    })

    describe("payment failed", () => {
      it("a failed or incomplete payment reported for an order's payment session opens its ticket once per session and outcome", async () => {
        await settings({ payment_failed: { enabled: true } })
        const order = await shopperOrder("en")
        const { result: collections } = await createOrderPaymentCollectionWorkflow(container()).run({ input: { order_id: order.id, amount: 49 } })
        const session = await createPaymentSessionsWorkflow(container()).run({
          input: { payment_collection_id: collections[0].id, provider_id: "pp_system_default" },
        })
        const sessionId = session.result.id
        expect(await handlePaymentWebhookAction(container(), { action: "captured", data: { session_id: sessionId } })).toBeNull()
        const failed = await handlePaymentWebhookAction(container(), { action: "failed", data: { session_id: sessionId } })
        expect(failed).toMatchObject({ acted: true, created: true })
        const again = await handlePaymentWebhookAction(container(), { action: "failed", data: { session_id: sessionId } })
        expect(again).toMatchObject({ acted: false, reason: "already_handled" })
        const more = await handlePaymentWebhookAction(container(), { action: "requires_more", data: { session_id: sessionId } })
        expect(more).toMatchObject({ acted: true, created: false, ticket_id: failed!.ticket_id })
        const tickets = await ticketsOf(order.id)
        expect(tickets).toHaveLength(1)
        const publicMessages = (await messagesOf(tickets[0].id)).filter((m: any) => !m.internal)
        expect(publicMessages).toHaveLength(2)
        expect(publicMessages[0].body).toContain("did not go through")
        // A session of no order does nothing.
        expect(await handlePaymentWebhookAction(container(), { action: "failed", data: { session_id: "payses_missing" } })).toBeNull()
      })
    })

    describe("delivery failed", () => {
      it("the host workflow opens the shopper's ticket once per fulfillment and carrier event, and refuses another order's fulfillment", async () => {
        await settings({ delivery_failed: { enabled: true } })
        const order = await placeOrderLike(container(), shop.orders["emma-3"].id, "shipped")
        const query = container().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "order", fields: ["fulfillments.id"], filters: { id: order.id } })
        const fulfillmentId = (data[0] as any).fulfillments[0].id
        const input = { order_id: order.id, fulfillment_id: fulfillmentId, event_id: "evt_1", reason: "Address not found" }
        const { result } = await recordDeliveryFailureWorkflow(container()).run({ input })
        expect(result).toMatchObject({ acted: true, created: true })
        const again = await recordDeliveryFailureWorkflow(container()).run({ input })
        expect(again.result.reason).toBe("already_handled")
        const [ticket] = await ticketsOf(order.id)
        expect(ticket.customer_id).toBe(shop.orders["emma-3"].customer_id)
        const messages = await messagesOf(ticket.id)
        expect(messages.find((m: any) => !m.internal)!.body).toContain("could not deliver")
        expect(messages.find((m: any) => !m.internal)!.body).not.toContain("Address not found")
        expect(messages.find((m: any) => m.internal)!.body).toContain("Carrier: Address not found")

        const other = await placeOrderLike(container(), shop.orders["emma-3"].id, "placed")
        await expect(
          recordDeliveryFailureWorkflow(container()).run({ input: { order_id: other.id, fulfillment_id: fulfillmentId } })
        ).rejects.toMatchObject({ message: expect.stringContaining("is not one of order") })
        expect(await ticketsOf(other.id)).toHaveLength(0)
      })
    })

    describe("settings", () => {
      it("refuse unknown kinds, modes and placeholders, and change nothing", async () => {
        await settings({ order_canceled: { enabled: true } })
        for (const proactive of [
          { order_shipped: { enabled: true } },
          { order_canceled: { mode: "sms" } },
          { order_canceled: { texts: { en: { message: "{{customer.password}}" } } } },
          { not_shipped: { days: 0 } },
        ]) {
          expect((await errorOf(api.post("/admin/support/settings", { proactive }, agent))).status).toBe(400)
        }
        const s = await api.get("/admin/support/settings", agent)
        expect(s.data.settings.proactive.order_canceled).toMatchObject({ enabled: true, mode: "shopper" })
        expect(s.data.settings.proactive.not_shipped.days).toBe(3)
      })
    })
  },
})
