import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
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

type Requester = { customer_id: string } | { email: string }

/**
 * Count and lifetime value of all the requester's orders, aggregated in SQL (Query cannot
 * aggregate). Same meaning as reading every order through Query: orders not deleted whose
 * `customer_id` (or, for a guest, `email`, exactly) matches; the lifetime value sums the current
 * total of the non-canceled ones, from the summary of the order's current version (what Query's
 * `summary.current_order_total` is), in the currency most of them use; on a tie, the currency of
 * the newest such order. Read from the order module's tables on the app's connection, with bound
 * parameters only.
 */
export async function requesterOrderStats(scope: Pick<MedusaContainer, "resolve">, requester: Requester) {
  const knex = scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const [column, value] = "customer_id" in requester ? ["customer_id", requester.customer_id] : ["email", requester.email]
  const { rows } = await knex.raw(
    `SELECT o.currency_code,
            count(*) AS orders,
            count(*) FILTER (WHERE o.status <> 'canceled') AS live,
            coalesce(sum(coalesce((s.totals->'raw_current_order_total'->>'value')::numeric, (s.totals->>'current_order_total')::numeric))
                     FILTER (WHERE o.status <> 'canceled'), 0) AS value,
            max(o.created_at) FILTER (WHERE o.status <> 'canceled') AS newest
     FROM "order" o
     LEFT JOIN order_summary s ON s.order_id = o.id AND s.version = o.version AND s.deleted_at IS NULL
     WHERE o.${column} = ? AND o.deleted_at IS NULL
     GROUP BY o.currency_code`,
    [value]
  )
  const groups = (rows as AnyRecord[]).map((r) => ({
    currency: r.currency_code as string,
    orders: Number(r.orders),
    live: Number(r.live),
    value: Number(r.value),
    newest: r.newest ? new Date(r.newest).getTime() : 0,
  }))
  const main = groups.filter((g) => g.live > 0).sort((a, b) => b.live - a.live || b.newest - a.newest)[0]
  return {
    count: groups.reduce((n, g) => n + g.orders, 0),
    lifetime_value: main?.value ?? 0,
    currency_code: main?.currency ?? null,
  }
}

/**
 * The requester's newest orders with Medusa's payment/fulfilment status aggregation, and the
 * stats of all their orders. Only the newest ORDERS_SHOWN are read through Query (items, payment
 * collections and fulfillments are joins across modules that cost Query several milliseconds per
 * call); the count and lifetime value come from one aggregate statement.
 */
export async function loadRequesterOrders(scope: Pick<MedusaContainer, "resolve">, requester: Requester) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data }, stats] = await Promise.all([
    query.graph({
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
      filters: requester,
      pagination: { take: ORDERS_SHOWN, order: { created_at: "DESC" } },
    }),
    requesterOrderStats(scope, requester),
  ])
  return { orders: data.map(presentOrder), ...stats }
}
