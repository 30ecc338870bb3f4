import { MathBN } from "@medusajs/framework/utils"

/** What a ticket keeps of each order line it is about (support_ticket_line_item). */
export type TicketLineItemSnapshot = {
  line_item_id: string
  title: string
  variant_title: string | null
  quantity: number
  thumbnail: string | null
  product_id: string | null
  variant_id: string | null
}

type OrderLine = {
  id: string
  title?: string | null
  variant_title?: string | null
  product_title?: string | null
  // Medusa gives an order line's quantity as a BigNumber (or its raw { value }), never a plain
  // number, and through Query on the line's order item: `detail.quantity`.
  quantity?: unknown
  detail?: { quantity?: unknown } | null
  thumbnail?: string | null
  product_id?: string | null
  variant_id?: string | null
}

function quantityOf(raw: unknown): number {
  if (raw === null || raw === undefined) return 0
  const n = MathBN.convert(raw as any).toNumber()
  return Number.isFinite(n) ? n : 0
}

/**
 * The snapshots of the requested lines of an order, in the order asked (duplicates once), or the
 * ids that are not lines of that order.
 */
export function snapshotOrderLines(
  orderLines: OrderLine[],
  requestedIds: string[]
): { ok: true; items: TicketLineItemSnapshot[] } | { ok: false; unknown: string[] } {
  const byId = new Map(orderLines.map((l) => [l.id, l]))
  const ids = [...new Set(requestedIds)]
  const unknown = ids.filter((id) => !byId.has(id))
  if (unknown.length) return { ok: false, unknown }
  return {
    ok: true,
    items: ids.map((id) => {
      const l = byId.get(id)!
      return {
        line_item_id: l.id,
        title: l.title || l.product_title || "Item",
        variant_title: l.variant_title ?? null,
        quantity: quantityOf(l.detail?.quantity ?? l.quantity),
        thumbnail: l.thumbnail ?? null,
        product_id: l.product_id ?? null,
        variant_id: l.variant_id ?? null,
      }
    }),
  }
}
