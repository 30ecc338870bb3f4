import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { getLastFulfillmentStatus, getLastPaymentStatus } from "@medusajs/medusa/core-flows"
import { PaymentAmounts, refundableByPayment, totalRefundable } from "../../modules/helpdesk/domain/order-actions/refundable"
import { trackingLinks } from "../../modules/helpdesk/domain/order-actions/tracking"

type Resolver = Pick<MedusaContainer, "resolve">
type AnyRecord = Record<string, any>

/** What the order actions and the order placeholders read of an order, through Query. */
export const ORDER_VIEW_FIELDS = [
  "id",
  "display_id",
  "status",
  "canceled_at",
  "email",
  "customer_id",
  "currency_code",
  "total",
  "item_total",
  // items.quantity alone comes back empty through Query in 2.21.2; the whole item does not.
  "items.*",
  "items.detail.fulfilled_quantity",
  "items.detail.raw_fulfilled_quantity",
  "items.detail.return_requested_quantity",
  "items.detail.returned_quantity",
  "shipping_address.city",
  "payment_collections.id",
  "payment_collections.status",
  "payment_collections.amount",
  "payment_collections.captured_amount",
  "payment_collections.refunded_amount",
  "payment_collections.payments.id",
  "payment_collections.payments.currency_code",
  "payment_collections.payments.captures.amount",
  "payment_collections.payments.refunds.amount",
  "fulfillments.id",
  "fulfillments.canceled_at",
  "fulfillments.delivered_at",
  "fulfillments.shipped_at",
  "fulfillments.packed_at",
  "fulfillments.labels.tracking_number",
  "fulfillments.labels.tracking_url",
  "fulfillments.labels.label_url",
  "returns.id",
  "returns.status",
  "returns.created_at",
  "returns.canceled_at",
]

/** The order's exchanges, read apart: Medusa's order model has no `exchanges` relation (the exchange holds `order_id`). */
const EXCHANGE_FIELDS = ["id", "display_id", "return_id", "created_at", "canceled_at"]

function n(value: unknown): number {
  const raw = value && typeof value === "object" && "numeric" in (value as AnyRecord) ? (value as AnyRecord).numeric : value
  const x = Number(raw ?? 0)
  return Number.isFinite(x) ? x : 0
}

export function paymentsOf(order: AnyRecord): PaymentAmounts[] {
  return (order.payment_collections ?? []).flatMap((pc: AnyRecord) => pc?.payments ?? []).filter(Boolean)
}

/**
 * The order as the ticket page and the action answers show it: Medusa's own statuses (computed
 * the way Medusa's admin order route computes them), what is refundable and returnable, tracking.
 */
export function presentOrderView(order: AnyRecord, exchanges: AnyRecord[] = []) {
  const payments = paymentsOf(order)
  return {
    id: order.id,
    display_id: order.display_id,
    status: order.status,
    canceled_at: order.canceled_at ?? null,
    currency_code: order.currency_code,
    total: n(order.total),
    payment_status: getLastPaymentStatus({ ...order, payment_collections: order.payment_collections ?? [] } as any),
    fulfillment_status: getLastFulfillmentStatus({ ...order, fulfillments: order.fulfillments ?? [], items: order.items ?? [] } as any),
    refundable_amount: totalRefundable(payments),
    payments: refundableByPayment(payments),
    items: (order.items ?? []).map((i: AnyRecord) => ({
      id: i.id,
      title: i.product_title || i.title,
      variant_title: i.variant_title ?? null,
      thumbnail: i.thumbnail ?? null,
      quantity: n(i.quantity),
      fulfilled_quantity: n(i.detail?.fulfilled_quantity),
      // What a new return may still take: fulfilled, minus what is already requested or returned.
      returnable_quantity: Math.max(
        0,
        n(i.detail?.fulfilled_quantity) - n(i.detail?.return_requested_quantity) - n(i.detail?.returned_quantity)
      ),
    })),
    returns: (order.returns ?? [])
      .filter(Boolean)
      .map((r: AnyRecord) => ({ id: r.id, status: r.status, created_at: r.created_at, canceled_at: r.canceled_at ?? null })),
    exchanges: exchanges.filter(Boolean).map((x: AnyRecord) => ({
      id: x.id,
      display_id: x.display_id ?? null,
      return_id: x.return_id ?? null,
      created_at: x.created_at,
      canceled_at: x.canceled_at ?? null,
    })),
    tracking_links: trackingLinks(order.fulfillments),
  }
}

export type OrderView = ReturnType<typeof presentOrderView>

export async function loadRawOrder(scope: Resolver, orderId: string): Promise<AnyRecord> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_VIEW_FIELDS, filters: { id: orderId } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${orderId} was not found`)
  return data[0]
}

export async function loadOrderView(scope: Resolver, orderId: string): Promise<OrderView> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const [order, exchanges] = await Promise.all([
    loadRawOrder(scope, orderId),
    query.graph({ entity: "order_exchange", fields: EXCHANGE_FIELDS, filters: { order_id: orderId } }).then((r) => r.data),
  ])
  return presentOrderView(order, exchanges)
}
