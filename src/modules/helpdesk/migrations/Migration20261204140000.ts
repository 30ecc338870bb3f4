import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Refunds waiting for a second agent's approval (order actions from the ticket). */
export class Migration20261204140000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "support_refund_approval" ("id" text not null, "ticket_id" text not null, "order_id" text not null, "amount" numeric not null, "raw_amount" jsonb not null, "currency_code" text not null, "note" text null, "requested_by" text not null, "requested_by_name" text null, "status" text check ("status" in ('pending', 'approved', 'rejected')) not null default 'pending', "decided_by" text null, "decided_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_refund_approval_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_refund_approval_deleted_at" ON "support_refund_approval" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_support_refund_approval_ticket_id_status" ON "support_refund_approval" ("ticket_id", "status") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "support_refund_approval" cascade;`)
  }
}
