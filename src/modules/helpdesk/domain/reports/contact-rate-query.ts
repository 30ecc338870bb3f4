/**
 * Contact rate per product: tickets per 100 orders over a period, in one SQL statement over the
 * helpdesk's tickets and Medusa's order and product tables (bound parameters only). docs/reports.md
 * defines it; in short, for the period [from, to):
 *
 * - orders of a product: orders created in the period (not deleted, not drafts, canceled ones
 *   included) whose current version has a line of that product;
 * - tickets of a product: tickets created in the period (not deleted, not merged into another)
 *   that report an order line of that product (support_ticket_line_item.product_id), or, when a
 *   ticket reports no line at all, whose linked order's current version has a line of it. A ticket
 *   counts once per product however many of its lines name it. Those products are kept per ticket
 *   in support_ticket_product (written with the ticket, backfilled by Migration20261206140000), so
 *   the statement reads no order per ticket;
 * - contact_rate = tickets * 100 / orders, two decimals; null when the product had no orders.
 *
 * The products listed are those with orders or tickets in the period (and, with `product_id`, that
 * product even without either, when it exists). Titles and thumbnails come from the product, or
 * from an order line's snapshot when the product was deleted.
 */

export const CONTACT_RATE_SORT_KEYS = ["contact_rate", "tickets", "orders", "title"] as const
export type ContactRateSortKey = (typeof CONTACT_RATE_SORT_KEYS)[number]
export const CONTACT_RATE_ORDERS = CONTACT_RATE_SORT_KEYS.flatMap((k) => [k, `-${k}`]) as `${"" | "-"}${ContactRateSortKey}`[]

export type ContactRateQuery = {
  from: Date
  to: Date
  product_id?: string
  order: (typeof CONTACT_RATE_ORDERS)[number]
  limit: number
  offset: number
}

// Sort expressions over the `page` CTE's columns, from the allowlist above only; the product id
// breaks ties so pages never overlap.
const SORT_EXPRESSIONS: Record<ContactRateSortKey, string> = {
  contact_rate: "r.contact_rate",
  tickets: "r.tickets",
  orders: "r.orders",
  title: "lower(r.title)",
}

export function parseContactRateOrder(order: ContactRateQuery["order"]): { key: ContactRateSortKey; direction: "ASC" | "DESC" } {
  const desc = order.startsWith("-")
  return { key: (desc ? order.slice(1) : order) as ContactRateSortKey, direction: desc ? "DESC" : "ASC" }
}

/** An order's lines as it stands now: the items of its current version. */
const CURRENT_LINES = `
  JOIN order_item oi ON oi.order_id = o.id AND oi.version = o.version AND oi.deleted_at IS NULL
  JOIN order_line_item li ON li.id = oi.item_id AND li.deleted_at IS NULL AND li.product_id IS NOT NULL`

/** Returns one statement answering one row: `{ count, products }` (products a JSON array, sorted and paged). */
export function buildContactRateQuery(q: ContactRateQuery): { sql: string; params: unknown[] } {
  const params: unknown[] = []
  const bind = (value: unknown) => {
    params.push(value)
    return "?"
  }
  const product = (column: string) => (q.product_id ? ` AND ${column} = ${bind(q.product_id)}` : "")
  const { key, direction } = parseContactRateOrder(q.order)
  // Unknown rates (no orders) and missing titles last in either direction.
  const sort = `${SORT_EXPRESSIONS[key]} ${direction} NULLS LAST, r.tickets DESC, r.product_id`

  const sql = `
WITH period_orders AS (
  SELECT li.product_id, count(DISTINCT o.id)::int AS orders
  FROM "order" o ${CURRENT_LINES}
  WHERE o.deleted_at IS NULL AND o.is_draft_order = false
    AND o.created_at >= ${bind(q.from)} AND o.created_at < ${bind(q.to)}${product("li.product_id")}
  GROUP BY li.product_id
), period_tickets AS (
  -- Only tickets naming an order can count: reported lines always belong to the ticket's order
  -- (the store API refuses line_item_ids without their order_id, and no route changes order_id).
  SELECT t.id, t.order_id FROM support_ticket t
  WHERE t.deleted_at IS NULL AND t.merged_into_id IS NULL AND t.order_id IS NOT NULL
    AND t.created_at >= ${bind(q.from)} AND t.created_at < ${bind(q.to)}
), ticket_products AS (
  -- The products each ticket counts for, kept when it was created (support_ticket_product,
  -- domain/reports/ticket-products.ts): one row per ticket and product, dated like its ticket, so
  -- the period's rows are one index range; the join leaves out deleted and merged tickets.
  SELECT tp.product_id, tp.ticket_id
  FROM support_ticket_product tp
  JOIN period_tickets t ON t.id = tp.ticket_id
  WHERE tp.deleted_at IS NULL AND tp.created_at >= ${bind(q.from)} AND tp.created_at < ${bind(q.to)}${product("tp.product_id")}
), period_tickets_per_product AS (
  SELECT product_id, count(*)::int AS tickets FROM ticket_products GROUP BY product_id
), keys AS (
  SELECT product_id FROM period_orders
  UNION SELECT product_id FROM period_tickets_per_product${
    q.product_id ? `\n  UNION SELECT p.id FROM product p WHERE p.id = ${bind(q.product_id)} AND p.deleted_at IS NULL` : ""
  }
), rated AS (
  SELECT k.product_id, coalesce(tp.tickets, 0) AS tickets, coalesce(po.orders, 0) AS orders,
         CASE WHEN po.orders > 0 THEN round(coalesce(tp.tickets, 0) * 100.0 / po.orders, 2) END AS contact_rate
  FROM keys k
  LEFT JOIN period_orders po ON po.product_id = k.product_id
  LEFT JOIN period_tickets_per_product tp ON tp.product_id = k.product_id
), r AS (
  SELECT rated.*, p.id IS NOT NULL AS product_exists, p.thumbnail AS product_thumbnail,
         coalesce(p.title, (SELECT l.product_title FROM order_line_item l WHERE l.product_id = rated.product_id AND l.deleted_at IS NULL LIMIT 1)) AS title
  FROM rated LEFT JOIN product p ON p.id = rated.product_id
), page AS (
  SELECT r.* FROM r ORDER BY ${sort} LIMIT ${bind(q.limit)} OFFSET ${bind(q.offset)}
)
SELECT (SELECT count(*) FROM rated)::int AS count,
       coalesce((SELECT json_agg(json_build_object(
          'product_id', r.product_id,
          'title', r.title,
          'thumbnail', CASE WHEN r.product_exists THEN r.product_thumbnail ELSE
             (SELECT l.thumbnail FROM order_line_item l WHERE l.product_id = r.product_id AND l.deleted_at IS NULL AND l.thumbnail IS NOT NULL LIMIT 1) END,
          'tickets', r.tickets,
          'orders', r.orders,
          'contact_rate', r.contact_rate
        ) ORDER BY ${sort}) FROM page r), '[]'::json) AS products`
  return { sql, params }
}

export type ContactRateRow = {
  product_id: string
  title: string | null
  thumbnail: string | null
  tickets: number
  orders: number
  contact_rate: number | null
}

/** The statement's one row as the API answers it (numbers as numbers: Postgres sends numeric as text). */
export function presentContactRates(row: { count: number | string; products: unknown } | undefined): { count: number; products: ContactRateRow[] } {
  const products = (typeof row?.products === "string" ? JSON.parse(row.products) : row?.products ?? []) as Record<string, unknown>[]
  return {
    count: Number(row?.count ?? 0),
    products: products.map((p) => ({
      product_id: String(p.product_id),
      title: (p.title as string | null) ?? null,
      thumbnail: (p.thumbnail as string | null) ?? null,
      tickets: Number(p.tickets),
      orders: Number(p.orders),
      contact_rate: p.contact_rate === null || p.contact_rate === undefined ? null : Number(p.contact_rate),
    })),
  }
}
