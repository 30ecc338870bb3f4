import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123031055 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "support_ticket" drop constraint if exists "support_ticket_idempotency_key_unique";`);
    this.addSql(`alter table if exists "support_canned_reply" drop constraint if exists "support_canned_reply_shortcut_unique";`);
    this.addSql(`create table if not exists "support_canned_reply" ("id" text not null, "title" text not null, "body" text not null, "shortcut" text null, "category" text null, "locale" text null, "usage_count" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_canned_reply_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_canned_reply_deleted_at" ON "support_canned_reply" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_support_canned_reply_shortcut_unique" ON "support_canned_reply" ("shortcut") WHERE deleted_at IS NULL AND shortcut IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_canned_reply_category_locale" ON "support_canned_reply" ("category", "locale") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "support_ticket" ("id" text not null, "display_id" serial, "subject" text not null, "status" text check ("status" in ('open', 'pending', 'solved', 'closed')) not null default 'open', "priority" text check ("priority" in ('low', 'normal', 'high', 'urgent')) not null default 'normal', "channel" text check ("channel" in ('web', 'email', 'phone', 'chat', 'social', 'api')) not null default 'web', "category" text null, "tags" text[] not null default '{}', "customer_id" text null, "order_id" text null, "email" text null, "name" text null, "identity" text check ("identity" in ('customer', 'verified_email', 'unverified')) not null default 'unverified', "assignee_id" text null, "first_response_at" timestamptz null, "solved_at" timestamptz null, "closed_at" timestamptz null, "last_message_at" timestamptz null, "last_customer_message_at" timestamptz null, "merged_into_id" text null, "rating_score" integer null, "rating_comment" text null, "rated_at" timestamptz null, "access_token_hash" text null, "access_token_nonce" text null, "access_token_expires_at" timestamptz null, "idempotency_key" text null, "search_text" text not null default '', "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_ticket_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_ticket_deleted_at" ON "support_ticket" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_ticket_status_last_message_at" ON "support_ticket" ("status", "last_message_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_ticket_assignee_id_status" ON "support_ticket" ("assignee_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_ticket_customer_id_created_at" ON "support_ticket" ("customer_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_ticket_order_id" ON "support_ticket" ("order_id") WHERE deleted_at IS NULL AND order_id IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_ticket_priority_status" ON "support_ticket" ("priority", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_ticket_email" ON "support_ticket" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_support_ticket_idempotency_key_unique" ON "support_ticket" ("idempotency_key") WHERE idempotency_key IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "support_message" ("id" text not null, "ticket_id" text not null, "author_type" text check ("author_type" in ('customer', 'agent', 'system')) not null, "author_id" text null, "author_name" text null, "body" text not null, "internal" boolean not null default false, "channel" text check ("channel" in ('web', 'email', 'phone', 'chat', 'social', 'api')) not null default 'web', "canned_reply_id" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_message_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_message_ticket_id" ON "support_message" ("ticket_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_message_deleted_at" ON "support_message" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_message_ticket_id_created_at" ON "support_message" ("ticket_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "support_attachment" ("id" text not null, "file_id" text not null, "url" text not null, "filename" text not null, "mime_type" text not null, "size" integer not null, "uploaded_by" text not null, "message_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_attachment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_attachment_message_id" ON "support_attachment" ("message_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_attachment_deleted_at" ON "support_attachment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_attachment_created_at" ON "support_attachment" ("created_at") WHERE message_id IS NULL AND deleted_at IS NULL;`);

    this.addSql(`alter table if exists "support_message" add constraint "support_message_ticket_id_foreign" foreign key ("ticket_id") references "support_ticket" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "support_attachment" add constraint "support_attachment_message_id_foreign" foreign key ("message_id") references "support_message" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "support_message" drop constraint if exists "support_message_ticket_id_foreign";`);

    this.addSql(`alter table if exists "support_attachment" drop constraint if exists "support_attachment_message_id_foreign";`);

    this.addSql(`drop table if exists "support_canned_reply" cascade;`);

    this.addSql(`drop table if exists "support_ticket" cascade;`);

    this.addSql(`drop table if exists "support_message" cascade;`);

    this.addSql(`drop table if exists "support_attachment" cascade;`);
  }

}
