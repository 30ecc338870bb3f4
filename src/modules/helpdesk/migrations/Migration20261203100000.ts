import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Outgoing mail, one row per (message or ticket, kind, recipient): docs/email.md "Delivery and retries". */
export class Migration20261203100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "support_email_delivery" ("id" text not null, "ticket_id" text not null, "message_id" text null, "kind" text not null, "recipient" text not null, "status" text check ("status" in ('pending', 'sent', 'failed', 'suppressed')) not null default 'pending', "attempts" integer not null default 0, "last_error" text null, "next_attempt_at" timestamptz null, "sent_at" timestamptz null, "idempotency_key" text not null, "payload" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_email_delivery_pkey" primary key ("id"));`
    )
    // The backstop behind "at most once": a second row for the same mail cannot exist.
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_support_email_delivery_idempotency_key_unique" ON "support_email_delivery" ("idempotency_key");`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_email_delivery_ticket_id" ON "support_email_delivery" ("ticket_id");`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_support_email_delivery_status_next_attempt_at" ON "support_email_delivery" ("status", "next_attempt_at") WHERE status IN ('pending', 'failed');`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_email_delivery_deleted_at" ON "support_email_delivery" ("deleted_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "support_email_delivery" cascade;`)
  }
}
