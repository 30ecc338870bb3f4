import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Contact rate per product (docs/reports.md): the report reads the tickets created in a period.
 * Without an index on `created_at` that is a scan of every ticket (the table is wide: subjects,
 * search columns); this one holds the two columns the report needs (`id`, `order_id`), so the
 * period's tickets are an index-only range scan. Tickets merged into another are left out, as the
 * report leaves them out. Measured in docs/performance.md "Contact rate".
 */
export class Migration20261206120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_support_ticket_created_at_report" ON "support_ticket" ("created_at") INCLUDE ("id", "order_id") WHERE deleted_at IS NULL AND merged_into_id IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_support_ticket_created_at_report";`)
  }
}
