import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Inbound mail: the Message-ID a message was stored from (unique: one mail, one message, even
 * when two deliveries race), and mail held aside for agents (support_held_mail).
 */
export class Migration20261203110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "support_message" add column if not exists "email_message_id" text null;`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_support_message_email_message_id_unique" ON "support_message" ("email_message_id") WHERE email_message_id IS NOT NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `create table if not exists "support_held_mail" ("id" text not null, "sender" text not null, "subject" text not null, "reason" text check ("reason" in ('loop')) not null, "format" text check ("format" in ('mime', 'postmark')) not null, "file_id" text not null, "size" integer not null, "message_id" text not null, "auto" boolean not null default false, "received_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_held_mail_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_held_mail_deleted_at" ON "support_held_mail" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_support_held_mail_message_id_unique" ON "support_held_mail" ("message_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_support_held_mail_received_at" ON "support_held_mail" ("received_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "support_held_mail" cascade;`)
    this.addSql(`drop index if exists "IDX_support_message_email_message_id_unique";`)
    this.addSql(`alter table if exists "support_message" drop column if exists "email_message_id";`)
  }
}
