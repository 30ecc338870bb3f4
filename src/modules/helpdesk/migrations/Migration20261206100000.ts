import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Canned-reply effectiveness (domain/canned-effectiveness/query.ts) starts from the uses in a
 * period: messages with a canned_reply_id created in [from, to). Without this partial index that
 * is a scan of every message; with it, the uses are read from a small index (only messages that
 * used a canned reply are in it) and each use's outcome from the existing (ticket_id, created_at)
 * index.
 */
export class Migration20261206100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_support_message_canned_reply_use" ON "support_message" ("created_at") WHERE canned_reply_id IS NOT NULL AND deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_support_message_canned_reply_use";`)
  }
}
