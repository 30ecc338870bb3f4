import { Migration } from "@medusajs/framework/mikro-orm/migrations"

const TS = `"created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null`
// The module's own tokens, verbatim (as support_ticket's search_vector: Migration20261123031100).
const vector = (column: string) =>
  `tsvector generated always as (array_to_tsvector(array_remove(string_to_array("${column}", ' '), ''))) stored`

/**
 * The knowledge base: categories, articles (one per locale, translations sharing a group), the
 * visitors' feedback and deflections (unique per visitor: the backstop of "counted once"), and
 * canned replies agents mark public for the store's suggestions.
 *
 * Search (domain/articles/search.ts) matches `search_vector` (title + body tokens) and
 * `fuzzy_vector` (edit-distance-1 deletion variants of spaced-script words, for typos) through GIN;
 * `title_vector` is only evaluated on the matching rows to rank title matches first, so it has
 * no index.
 */
export class Migration20261203120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "support_article_category" ("id" text not null, "title" text not null, "handle" text not null, "description" text null, "position" integer not null default 0, ${TS}, constraint "support_article_category_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_article_category_deleted_at" ON "support_article_category" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_support_article_category_handle_unique" ON "support_article_category" ("handle") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "support_article" ("id" text not null, "title" text not null, "handle" text not null, "body" text not null, "body_html" text not null, "category_id" text null, "locale" text not null default 'en', "translation_group_id" text not null, "published" boolean not null default false, "position" integer not null default 0, "view_count" integer not null default 0, "helpful_count" integer not null default 0, "not_helpful_count" integer not null default 0, "deflection_count" integer not null default 0, "search_text" text not null default '', "title_search_text" text not null default '', "fuzzy_search_text" text not null default '', "metadata" jsonb null, ${TS}, constraint "support_article_pkey" primary key ("id"));`
    )
    this.addSql(
      `alter table if exists "support_article" add constraint "support_article_category_id_foreign" foreign key ("category_id") references "support_article_category" ("id") on update cascade on delete set null;`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_article_deleted_at" ON "support_article" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_article_category_id" ON "support_article" ("category_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_support_article_locale_handle_unique" ON "support_article" ("locale", "handle") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_support_article_translation_group_id_locale_unique" ON "support_article" ("translation_group_id", "locale") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_support_article_locale_published_position" ON "support_article" ("locale", "published", "position") WHERE deleted_at IS NULL;`
    )
    this.addSql(`alter table if exists "support_article" add column if not exists "search_vector" ${vector("search_text")};`)
    this.addSql(`alter table if exists "support_article" add column if not exists "title_vector" ${vector("title_search_text")};`)
    this.addSql(`alter table if exists "support_article" add column if not exists "fuzzy_vector" ${vector("fuzzy_search_text")};`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_article_search_vector" ON "support_article" USING GIN ("search_vector") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_article_fuzzy_vector" ON "support_article" USING GIN ("fuzzy_vector") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "support_article_feedback" ("id" text not null, "article_id" text not null, "visitor_key" text not null, "kind" text check ("kind" in ('feedback', 'deflection')) not null, "helpful" boolean null, ${TS}, constraint "support_article_feedback_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_article_feedback_deleted_at" ON "support_article_feedback" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_support_article_feedback_article_id_visitor_key_kind_unique" ON "support_article_feedback" ("article_id", "visitor_key", "kind") WHERE deleted_at IS NULL;`
    )

    this.addSql(`alter table if exists "support_canned_reply" add column if not exists "public" boolean not null default false;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "support_canned_reply" drop column if exists "public";`)
    this.addSql(`drop table if exists "support_article_feedback" cascade;`)
    this.addSql(`drop table if exists "support_article" cascade;`)
    this.addSql(`drop table if exists "support_article_category" cascade;`)
  }
}
