import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { getLastFulfillmentStatus, getLastPaymentStatus } from "@medusajs/medusa/core-flows"

const ORDERS_SHOWN = 50

type AnyRecord = Record<string, any>

/** Medusa returns money as numbers or BigNumber-likes depending on the path. */
function amount(value: unknown): number {
  if (value && typeof value === "object" && "numeric" in value) return Number((value as AnyRecord).numeric)
  return Number(value ?? 0)
}

// The order's current total is read from the summary Medusa keeps with every order version
// (order_summary.totals.current_order_total, the value GET /admin/orders computes as `total`):
// recomputing totals from items, shipping, taxes and adjustments costs the order module several
// times more than the rest of this route (docs/performance.md).
const total = (order: AnyRecord) => amount(order.summary?.current_order_total)

const STATUS_FIELDS = [
  "payment_collections.status",
  "payment_collections.amount",
  "payment_collections.captured_amount",
  "payment_collections.refunded_amount",
  "fulfillments.packed_at",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
]

function presentOrder(order: AnyRecord) {
  const items = (order.items ?? []).map((i: AnyRecord) => ({
    ...i,
    // getLastFulfillmentStatus compares each item's fulfilled quantity with its quantity.
    raw_quantity: i.detail?.raw_quantity ?? i.raw_quantity,
  }))
  return {
    id: order.id,
    display_id: order.display_id,
    status: order.status,
    // Medusa's own aggregation, as in getOrdersListWorkflow.
    payment_status: getLastPaymentStatus({ ...order, payment_collections: order.payment_collections ?? [] } as any),
    fulfillment_status: getLastFulfillmentStatus({ ...order, items, fulfillments: order.fulfillments ?? [] } as any),
    total: total(order),
    currency_code: order.currency_code,
    created_at: order.created_at,
    items: items.map((i: AnyRecord) => ({
      title: i.product_title ?? i.title,
      variant_title: i.variant_title ?? null,
      quantity: amount(i.detail?.quantity ?? i.quantity),
      thumbnail: i.thumbnail ?? null,
    })),
  }
}

/**
 * The requester's newest orders with Medusa's payment/fulfilment status aggregation, and their
 * lifetime value (non-canceled orders, in the currency most of them use).
 *
 * Two reads: every order's summary (cheap, one module: count and lifetime value), then items,
 * payment collections and fulfillments of the newest ones only (each of those is a join across
 * modules that costs Query several milliseconds whatever the number of orders).
 */
export async function loadRequesterOrders(
  scope: Pick<MedusaContainer, "resolve">,
  requester: { customer_id: string } | { email: string }
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: all } = await query.graph({
    entity: "order",
    fields: ["id", "status", "currency_code", "created_at", "summary.*"],
    filters: requester,
    pagination: { order: { created_at: "DESC" } },
  })
  const newest = all.slice(0, ORDERS_SHOWN).map((o: AnyRecord) => o.id)
  const { data: details } = newest.length
    ? await query.graph({
        entity: "order",
        fields: [
          "id",
          "display_id",
          "status",
          "currency_code",
          "created_at",
          "summary.*",
          "items.title",
          "items.product_title",
          "items.variant_title",
          "items.thumbnail",
          "items.detail.quantity",
          "items.detail.raw_quantity",
          "items.detail.raw_fulfilled_quantity",
          ...STATUS_FIELDS,
        ],
        filters: { id: newest },
      })
    : { data: [] as AnyRecord[] }
  const byId = new Map(details.map((o: AnyRecord) => [o.id, o]))

  const byCurrency = new Map<string, number>()
  const counts = new Map<string, number>()
  for (const o of all) {
    if (o.status === "canceled") continue
    byCurrency.set(o.currency_code, (byCurrency.get(o.currency_code) ?? 0) + total(o))
    counts.set(o.currency_code, (counts.get(o.currency_code) ?? 0) + 1)
  }
  const currency = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null
  return {
    orders: newest.flatMap((id: string) => (byId.has(id) ? [presentOrder(byId.get(id)!)] : [])),
    count: all.length,
    lifetime_value: currency ? byCurrency.get(currency)! : 0,
    currency_code: currency,
  }
}
