import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Priority for rare writers and auto-close (docs/automation.md).
 *
 * Columns: `priority_score` (+ its parts `priority_explanation` and `priority_scored_at`), and
 * `pending_reminder_at` (the auto-close reminder of a pending ticket). Existing tickets start at
 * score 0 with no `priority_scored_at`: the priority job scores those first.
 *
 * Indexes:
 * - the inbox sorted by score (`order=-priority_score`) walks an index in the inbox's exact
 *   ORDER BY (`priority_score DESC NULLS LAST, created_at DESC, id DESC`, domain/inbox-query.ts);
 * - the priority job reads open and pending tickets oldest score first;
 * - the auto-close job reads solved tickets by solved_at and pending ones by public_updated_at.
 */
export class Migration20261205110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "support_ticket" add column if not exists "priority_score" integer not null default 0, add column if not exists "priority_explanation" jsonb null, add column if not exists "priority_scored_at" timestamptz null, add column if not exists "pending_reminder_at" timestamptz null;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_support_ticket_priority_score_order" ON "support_ticket" ("priority_score" DESC NULLS LAST, "created_at" DESC, "id" DESC) WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_support_ticket_priority_refresh" ON "support_ticket" ("priority_scored_at" ASC NULLS FIRST) WHERE deleted_at IS NULL AND status IN ('open', 'pending');`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_support_ticket_auto_close_solved" ON "support_ticket" ("solved_at") WHERE deleted_at IS NULL AND status = 'solved';`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_support_ticket_auto_close_pending" ON "support_ticket" ("public_updated_at") WHERE deleted_at IS NULL AND status = 'pending';`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_support_ticket_auto_close_pending";`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_support_ticket_auto_close_solved";`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_support_ticket_priority_refresh";`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_support_ticket_priority_score_order";`)
    this.addSql(
      `alter table if exists "support_ticket" drop column if exists "priority_score", drop column if exists "priority_explanation", drop column if exists "priority_scored_at", drop column if exists "pending_reminder_at";`
    )
  }
}
