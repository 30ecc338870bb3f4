/**
 * Which products a ticket counts for in the contact rate report (docs/reports.md "The
 * definition"), kept in support_ticket_product so the report does not read Medusa's order tables
 * per ticket: the products of the order lines the ticket reports, or, when it reports no line at
 * all, the products of its order's lines. A ticket that reports only lines without a product (a
 * deleted product) counts for none, not for its order's products.
 */
export function ticketProductIds(input: {
  reported: { product_id?: string | null }[]
  order_lines: { product_id?: string | null }[] | null
}): string[] {
  const lines = input.reported.length ? input.reported : input.order_lines ?? []
  return [...new Set(lines.map((l) => l.product_id).filter((id): id is string => !!id))]
}

/**
 * A row's `created_at` is its ticket's, so the report finds a period's rows by one index range;
 * Migration20261206140000's trigger keeps it so when a ticket's created_at is changed (imports).
 */

/** A row id like the model's (`suptp_` + 26 characters), generated in SQL for the backfill. */
const ROW_ID = `'suptp_' || upper(substr(md5(random()::text || clock_timestamp()::text || s.ticket_id || s.product_id), 1, 26))`

/**
 * The backfill of support_ticket_product for tickets written before it existed (or by SQL): their
 * reported lines' products, and, when the order module's tables exist, the products of the current
 * version of the order of every ticket that reports no line. Skips pairs already present, so it can
 * run again; statements without parameters (Migration20261206140000, the bench seed, the tests).
 */
export const TICKET_PRODUCTS_BACKFILL_SQL = [
  `INSERT INTO support_ticket_product (id, ticket_id, product_id, created_at)
SELECT ${ROW_ID}, s.ticket_id, s.product_id, s.created_at FROM (
  SELECT DISTINCT tli.ticket_id, tli.product_id, t.created_at
  FROM support_ticket_line_item tli
  JOIN support_ticket t ON t.id = tli.ticket_id
  WHERE tli.deleted_at IS NULL AND tli.product_id IS NOT NULL
) s
WHERE NOT EXISTS (SELECT 1 FROM support_ticket_product x WHERE x.ticket_id = s.ticket_id AND x.product_id = s.product_id AND x.deleted_at IS NULL);`,
  `DO $backfill$
BEGIN
  IF to_regclass('"order"') IS NOT NULL AND to_regclass('order_item') IS NOT NULL AND to_regclass('order_line_item') IS NOT NULL THEN
    INSERT INTO support_ticket_product (id, ticket_id, product_id, created_at)
    SELECT ${ROW_ID}, s.ticket_id, s.product_id, s.created_at FROM (
      SELECT DISTINCT t.id AS ticket_id, li.product_id, t.created_at
      FROM support_ticket t
      JOIN "order" o ON o.id = t.order_id AND o.deleted_at IS NULL
      JOIN order_item oi ON oi.order_id = o.id AND oi.version = o.version AND oi.deleted_at IS NULL
      JOIN order_line_item li ON li.id = oi.item_id AND li.deleted_at IS NULL AND li.product_id IS NOT NULL
      WHERE t.order_id IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM support_ticket_line_item x WHERE x.ticket_id = t.id AND x.deleted_at IS NULL)
    ) s
    WHERE NOT EXISTS (SELECT 1 FROM support_ticket_product x WHERE x.ticket_id = s.ticket_id AND x.product_id = s.product_id AND x.deleted_at IS NULL);
  END IF;
END
$backfill$;`,
]
