import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Admin-editable settings (one row per section) and the ticket's locale for its mail. */
export class Migration20261202140000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "support_setting" ("id" text not null, "value" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_setting_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_setting_deleted_at" ON "support_setting" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`alter table if exists "support_ticket" add column if not exists "locale" text null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "support_ticket" drop column if exists "locale";`)
    this.addSql(`drop table if exists "support_setting" cascade;`)
  }
}
