import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { getOrdersListWorkflow } from "@medusajs/medusa/core-flows"

const ORDERS_SHOWN = 50

type AnyRecord = Record<string, any>

/** Medusa returns money as numbers or BigNumber-likes depending on the path. */
function amount(value: unknown): number {
  if (value && typeof value === "object" && "numeric" in value) return Number((value as AnyRecord).numeric)
  return Number(value ?? 0)
}

function presentOrder(order: AnyRecord) {
  return {
    id: order.id,
    display_id: order.display_id,
    status: order.status,
    payment_status: order.payment_status,
    fulfillment_status: order.fulfillment_status,
    total: amount(order.total),
    currency_code: order.currency_code,
    created_at: order.created_at,
    items: (order.items ?? []).map((i: AnyRecord) => ({
      title: i.product_title ?? i.title,
      variant_title: i.variant_title ?? null,
      quantity: amount(i.quantity),
      thumbnail: i.thumbnail ?? null,
    })),
  }
}

/**
 * The requester's newest orders with Medusa's own payment/fulfilment status aggregation, and
 * their lifetime value (non-canceled orders, in the currency most of them use).
 */
export async function loadRequesterOrders(
  scope: Pick<MedusaContainer, "resolve">,
  requester: { customer_id: string } | { email: string }
) {
  const { result } = await getOrdersListWorkflow(scope as MedusaContainer).run({
    input: {
      fields: ["id", "display_id", "status", "total", "currency_code", "created_at", "items.title", "items.product_title", "items.variant_title", "items.quantity", "items.thumbnail"],
      variables: { filters: requester, order: { created_at: "DESC" }, skip: 0, take: ORDERS_SHOWN },
    },
  })
  const { rows, metadata } = result as { rows: AnyRecord[]; metadata: { count: number } }

  // Lifetime value needs every order's total; only when there are more than we show is a
  // second, narrower query needed.
  let totals: AnyRecord[] = rows
  if (metadata.count > rows.length) {
    const query = scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "status", "total", "currency_code"],
      filters: requester,
    })
    totals = data
  }
  const byCurrency = new Map<string, number>()
  const counts = new Map<string, number>()
  for (const o of totals) {
    if (o.status === "canceled") continue
    byCurrency.set(o.currency_code, (byCurrency.get(o.currency_code) ?? 0) + amount(o.total))
    counts.set(o.currency_code, (counts.get(o.currency_code) ?? 0) + 1)
  }
  const currency = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null
  return {
    orders: rows.map(presentOrder),
    count: metadata.count,
    lifetime_value: currency ? byCurrency.get(currency)! : 0,
    currency_code: currency,
  }
}
