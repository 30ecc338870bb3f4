import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The fingerprint (sha256 of the canonical JSON of the validated body) of the request that
 * created a ticket with an Idempotency-Key: a retry must send the same body to get the ticket back.
 */
export class Migration20261202130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "support_ticket" add column if not exists "idempotency_fingerprint" text null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "support_ticket" drop column if exists "idempotency_fingerprint";`)
  }
}
