import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Full (not partial) indexes on the two foreign keys that cascade: the generated ones cover only
 * rows where deleted_at IS NULL, which Postgres cannot use for the ON DELETE CASCADE lookup, so
 * every hard-deleted ticket (a rolled-back creation, a test cleanup) read the whole message table:
 * about a second per ticket at five million messages (docs/performance.md).
 */
export class Migration20261123100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_message_ticket_id_fk" ON "support_message" ("ticket_id");`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_attachment_message_id_fk" ON "support_attachment" ("message_id");`)
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_support_attachment_message_id_fk";`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_support_message_ticket_id_fk";`)
  }
}
