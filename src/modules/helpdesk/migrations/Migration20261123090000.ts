import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// The inbox's priority order, exactly as domain/inbox-query.ts writes it (a unit test keeps the two
// in step): Postgres uses an expression index only for the very same expression.
const PRIORITY_RANK = `array_position(ARRAY['low','normal','high','urgent']::text[], "priority")`

/**
 * Indexes for the admin inbox at scale (docs/performance.md):
 * - a view's first page sorted by priority (`status = ... ORDER BY priority rank, created_at, id`)
 *   reads 20 index entries instead of sorting every ticket of the view; assignee and tags are
 *   included so "unassigned" and tag filters, and the view's count, are answered from the index;
 * - the same order without a status, for searches across all tickets: Postgres walks it and
 *   checks each ticket's search vector when a search term is common, and uses the GIN index on
 *   the search vector when it is rare;
 * - statistics on (status, assignee_id) together: unassigned tickets are almost all open, which
 *   the planner cannot know from per-column statistics (it expected 30 times fewer "open and
 *   unassigned" tickets and sorted them all instead of reading the index in order).
 */
export class Migration20261123090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_support_ticket_status_priority_rank" ON "support_ticket" ("status", ${PRIORITY_RANK} DESC NULLS LAST, "created_at" DESC, "id" DESC) INCLUDE ("assignee_id", "tags") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_support_ticket_priority_rank" ON "support_ticket" (${PRIORITY_RANK} DESC NULLS LAST, "created_at" DESC, "id" DESC) WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE STATISTICS IF NOT EXISTS "support_ticket_status_assignee" (mcv) ON "status", "assignee_id" FROM "support_ticket";`
    )
    this.addSql(`ANALYZE "support_ticket";`)
  }

  override async down(): Promise<void> {
    this.addSql(`DROP STATISTICS IF EXISTS "support_ticket_status_assignee";`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_support_ticket_priority_rank";`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_support_ticket_status_priority_rank";`)
  }
}
