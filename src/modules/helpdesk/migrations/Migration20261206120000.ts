import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Contact rate per product (docs/reports.md), measured in docs/performance.md "Contact rate".
 *
 * - The report reads the tickets created in a period that name an order (only those can count:
 *   reported lines always belong to the ticket's order). Without an index on `created_at` that is
 *   a scan of every ticket (a wide table: subjects, search columns); this one is partial on what
 *   the report filters and holds the two columns it reads (`id`, `order_id`), so the period's
 *   tickets are an index-only range scan (1M tickets, 30 days: 8,125 entries, about 2 ms).
 * - Per ticket, its reported products and whether it reported any line: (ticket_id, product_id)
 *   answers both index-only, where the existing (ticket_id) index needs the table for product_id.
 */
export class Migration20261206120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_support_ticket_created_at_report" ON "support_ticket" ("created_at") INCLUDE ("id", "order_id") WHERE deleted_at IS NULL AND merged_into_id IS NULL AND order_id IS NOT NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_support_ticket_line_item_ticket_id_product_id" ON "support_ticket_line_item" ("ticket_id", "product_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_support_ticket_line_item_ticket_id_product_id";`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_support_ticket_created_at_report";`)
  }
}
