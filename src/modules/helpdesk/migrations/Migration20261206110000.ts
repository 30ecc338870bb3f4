import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * support_proactive_event (docs/proactive.md): one row per proactive event acted on. The unique
 * index on event_key is the once-only guarantee (INSERT ... ON CONFLICT DO NOTHING claims it), so
 * it covers every row, soft-deleted or not: a claim given back by a failed run is deleted for real.
 */
export class Migration20261206110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "support_proactive_event" ("id" text not null, "event_key" text not null, "kind" text not null, "order_id" text not null, "ticket_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_proactive_event_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_proactive_event_deleted_at" ON "support_proactive_event" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_support_proactive_event_event_key_unique" ON "support_proactive_event" ("event_key");`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_proactive_event_order_id" ON "support_proactive_event" ("order_id") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "support_proactive_event" cascade;`)
  }
}
