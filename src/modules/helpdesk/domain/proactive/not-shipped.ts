/**
 * The not-shipped check (docs/proactive.md "Not shipped after N days"): which orders are late.
 * Pure: the job reads the orders, this decides.
 */

/** Orders older than this many days past the threshold are left alone (turning the check on does not open a ticket for every old order). */
export const NOT_SHIPPED_LOOKBACK_DAYS = 30

const DAY = 86_400_000

/** Orders placed in [from, to) are due for the check at `now`. */
export function notShippedWindow(now: Date, days: number, lookbackDays = NOT_SHIPPED_LOOKBACK_DAYS): { from: Date; to: Date } {
  const to = new Date(now.getTime() - days * DAY)
  return { from: new Date(to.getTime() - lookbackDays * DAY), to }
}

export type OrderShipment = {
  status?: string | null
  canceled_at?: Date | string | null
  fulfillments?: ({ shipped_at?: Date | string | null; delivered_at?: Date | string | null; canceled_at?: Date | string | null } | null)[] | null
}

/**
 * Still waiting to ship: an order that is neither canceled, completed, archived nor a draft, and has
 * no fulfillment (not canceled) that shipped or was delivered. A partial shipment counts as shipped:
 * the shopper has something on its way and an agent sees the rest on the order.
 */
export function isAwaitingShipment(order: OrderShipment): boolean {
  if (order.canceled_at) return false
  if (["canceled", "completed", "archived", "draft"].includes(order.status ?? "")) return false
  return !(order.fulfillments ?? []).some((f) => f && !f.canceled_at && (f.shipped_at || f.delivered_at))
}
