import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * `version`: the optimistic guard behind the ticket lock (writes compare and bump it, so two
 * instances without a shared locking provider cannot overwrite each other's changes).
 * `public_updated_at`: the time of the last change a shopper may see, backfilled from updated_at.
 */
export class Migration20261202100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`ALTER TABLE IF EXISTS "support_ticket" ADD COLUMN IF NOT EXISTS "version" integer NOT NULL DEFAULT 0;`)
    this.addSql(`ALTER TABLE IF EXISTS "support_ticket" ADD COLUMN IF NOT EXISTS "public_updated_at" timestamptz NULL;`)
    this.addSql(`UPDATE "support_ticket" SET "public_updated_at" = "updated_at" WHERE "public_updated_at" IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`ALTER TABLE IF EXISTS "support_ticket" DROP COLUMN IF EXISTS "public_updated_at";`)
    this.addSql(`ALTER TABLE IF EXISTS "support_ticket" DROP COLUMN IF EXISTS "version";`)
  }
}
