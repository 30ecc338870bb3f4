import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { HELPDESK_MODULE } from "../../src/modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../src/modules/helpdesk/service"
import { createTicketWorkflow, exchangeTicketOrderWorkflow } from "../../src/workflows"
import { createAdmin } from "../helpers/actors"
import { errorOf } from "../helpers/orders"
import { thenFail } from "../helpers/rollback"
import { placeOrderLike, seedShop } from "../helpers/shop"

jest.setTimeout(240_000)

const exchangeThenFail = thenFail("exchange", exchangeTicketOrderWorkflow)

const ADMIN_ORDER_FIELDS = "id,status,*returns,*items,items.detail.return_requested_quantity"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let agent: Awaited<ReturnType<typeof createAdmin>>
    let shop: Awaited<ReturnType<typeof seedShop>>
    let hoodieL: string

    const container = () => getContainer()
    const helpdesk = () => container().resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const path = (ticketId: string) => `/admin/support/tickets/${ticketId}/order-actions/exchange`

    async function ticketFor(orderId: string | null) {
      const customer = shop.customers.emma
      const { result } = await createTicketWorkflow(container()).run({
        input: {
          subject: "Wrong size",
          body: "Can I have an L instead?",
          order_id: orderId,
          customer_id: customer.id,
          email: customer.email,
          identity: "customer",
          author: { type: "customer", id: customer.id, name: customer.first_name },
        },
      })
      return result.ticket ?? result
    }

    async function adminOrder(id: string) {
      return (await api.get(`/admin/orders/${id}?fields=${ADMIN_ORDER_FIELDS}`, agent)).data.order
    }

    /** Medusa's exchanges of the order, as its admin lists them, and the order's changes. */
    async function exchangesOf(orderId: string) {
      const exchanges = (await api.get(`/admin/exchanges?order_id=${orderId}&fields=id,canceled_at,*additional_items,return_id`, agent)).data.exchanges
      const changes = (await api.get(`/admin/orders/${orderId}/changes`, agent)).data.order_changes
      return { exchanges, changes }
    }

    async function actionLines(ticketId: string) {
      const messages = await helpdesk().listSupportMessages({ ticket_id: ticketId, author_type: "system" })
      return messages.filter((m: any) => m.metadata?.event === "order_action")
    }

    const hoodieItem = (order: any) => order.items.find((i: any) => /hoodie/i.test(i.product_handle ?? i.title ?? ""))

    beforeAll(async () => {
      shop = await seedShop(container())
      agent = await createAdmin(container(), { first_name: "Alex" })
      const query = container().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product",
        fields: ["variants.id", "variants.title"],
        filters: { handle: "helpdesk-demo-hoodie" },
      })
      hoodieL = data[0].variants.find((v: any) => v.title === "L")!.id
    })

    it("exchanges a shipped item for another variant through Medusa, with the lines on the ticket", async () => {
      const order = await placeOrderLike(container(), shop.orders["emma-1"].id, "shipped")
      const ticket = await ticketFor(order.id)
      const item = hoodieItem(order)
      const res = await api.post(
        path(ticket.id),
        { return_items: [{ id: item.id, quantity: 1 }], new_items: [{ variant_id: hoodieL, quantity: 1 }], note: "Wants L" },
        agent
      )
      expect(res.status).toBe(200)
      expect(res.data.ticket.id).toBe(ticket.id)
      expect(res.data.exchange.id).toMatch(/^oexc_/)
      expect(res.data.order.exchanges).toEqual([expect.objectContaining({ id: res.data.exchange.id, canceled_at: null })])

      const { exchanges, changes } = await exchangesOf(order.id)
      expect(exchanges).toEqual([expect.objectContaining({ id: res.data.exchange.id })])
      expect(exchanges[0].additional_items).toEqual([expect.objectContaining({ quantity: 1 })])
      const exchangeChange = changes.find((c: any) => c.change_type === "exchange")
      expect(exchangeChange).toMatchObject({ exchange_id: res.data.exchange.id, status: "confirmed" })
      const medusa = await adminOrder(order.id)
      expect(medusa.returns).toEqual([expect.objectContaining({ id: exchanges[0].return_id, status: "requested" })])
      expect(Number(medusa.items.find((i: any) => i.id === item.id).detail.return_requested_quantity)).toBe(1)

      const lines = await actionLines(ticket.id)
      const internal = lines.find((l: any) => l.internal)!
      expect(internal.body).toContain(`/app/orders/${order.id}`)
      expect(internal.body).toContain("Wants L")
      expect(internal.metadata).toMatchObject({ action: "exchange", exchange_id: res.data.exchange.id })
      expect(lines.find((l: any) => !l.internal)!.body).toBe(`An exchange was started for order #${order.display_id}.`)
    })

    it("refuses what Medusa refuses and leaves no exchange behind", async () => {
      const shipped = await placeOrderLike(container(), shop.orders["emma-1"].id, "shipped")
      const ticket = await ticketFor(shipped.id)
      const item = hoodieItem(shipped)
      const send = [{ variant_id: hoodieL, quantity: 1 }]

      const tooMany = await errorOf(api.post(path(ticket.id), { return_items: [{ id: item.id, quantity: 5 }], new_items: send }, agent))
      expect(tooMany.status).toBe(400)
      expect(tooMany.data.message).toMatch(/fulfilled/)
      const unknown = await errorOf(api.post(path(ticket.id), { return_items: [{ id: "ordli_nope", quantity: 1 }], new_items: send }, agent))
      expect(unknown.status).toBe(400)
      const noVariant = await errorOf(
        api.post(path(ticket.id), { return_items: [{ id: item.id, quantity: 1 }], new_items: [{ variant_id: "variant_nope", quantity: 1 }] }, agent)
      )
      expect(noVariant.status).toBeGreaterThanOrEqual(400)
      expect(noVariant.status).toBeLessThan(500)
      const nothingSent = await errorOf(api.post(path(ticket.id), { return_items: [{ id: item.id, quantity: 1 }], new_items: [] }, agent))
      expect(nothingSent.status).toBe(400)

      const { exchanges, changes } = await exchangesOf(shipped.id)
      expect(exchanges.filter((x: any) => !x.canceled_at)).toEqual([])
      expect(changes.filter((c: any) => c.change_type === "exchange" && c.status !== "canceled")).toEqual([])
      expect((await adminOrder(shipped.id)).returns).toEqual([])
      expect(await actionLines(ticket.id)).toHaveLength(0)

      const noOrder = await ticketFor(null)
      const none = await errorOf(api.post(path(noOrder.id), { return_items: [{ id: item.id, quantity: 1 }], new_items: send }, agent))
      expect(none.status).toBe(400)
      expect(none.data.message).toMatch(/no order/)

      const placed = await placeOrderLike(container(), shop.orders["emma-1"].id, "placed")
      const canceledTicket = await ticketFor(placed.id)
      await api.post(`/admin/support/tickets/${canceledTicket.id}/order-actions/cancel`, {}, agent)
      const canceled = await errorOf(
        api.post(path(canceledTicket.id), { return_items: [{ id: hoodieItem(placed).id, quantity: 1 }], new_items: send }, agent)
      )
      expect(canceled.status).toBe(400)
      expect(canceled.data.message).toMatch(/canceled/)
    })

    it("saves the approval limits as the settings page sends them: a removed currency is gone", async () => {
      const save = (order_actions: Record<string, unknown>) =>
        api.post("/admin/support/settings", { order_actions }, agent).then((r: any) => r.data.settings.order_actions)
      expect(await save({ refund_approval_limit: 150, refund_approval_limits: { eur: 50, krw: 100000 } })).toEqual({
        refund_approval_limit: 150,
        refund_approval_limits: { eur: 50, krw: 100000 },
      })
      expect(await save({ refund_approval_limit: null, refund_approval_limits: { eur: 40 } })).toEqual({
        refund_approval_limit: null,
        refund_approval_limits: { eur: 40 },
      })
      // A section left out keeps what is stored; the other sections are untouched.
      expect(await save({ refund_approval_limit: 10 })).toEqual({ refund_approval_limit: 10, refund_approval_limits: { eur: 40 } })
      expect(await save({ refund_approval_limit: null, refund_approval_limits: {} })).toEqual({
        refund_approval_limit: null,
        refund_approval_limits: {},
      })
    })

    it("cancels the begun exchange when a later step fails", async () => {
      const order = await placeOrderLike(container(), shop.orders["emma-1"].id, "shipped")
      const ticket = await ticketFor(order.id)
      await expect(
        exchangeThenFail(container()).run({
          input: {
            ticket_id: ticket.id,
            actor: { id: agent.user.id },
            return_items: [{ id: hoodieItem(order).id, quantity: 1 }],
            new_items: [{ variant_id: hoodieL, quantity: 1 }],
          },
        })
      ).rejects.toMatchObject({ message: "boom" })
      const { exchanges, changes } = await exchangesOf(order.id)
      expect(exchanges.filter((x: any) => !x.canceled_at)).toEqual([])
      expect(changes.filter((c: any) => c.change_type === "exchange" && c.status !== "canceled")).toEqual([])
      const medusa = await adminOrder(order.id)
      expect(medusa.returns.filter((r: any) => r.status !== "canceled")).toEqual([])
      expect(Number(hoodieItem(medusa).detail.return_requested_quantity)).toBe(0)
      expect(await actionLines(ticket.id)).toHaveLength(0)
    })
  },
})
