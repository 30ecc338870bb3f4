import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Full-text search over tickets. `search_text` holds tokens the module normalises itself
 * (domain/search-tokens.ts), so matching does not depend on the database's locale;
 * array_to_tsvector keeps each token verbatim, without any text-search parser.
 */
export class Migration20261123031100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "support_ticket" add column if not exists "search_vector" tsvector generated always as (array_to_tsvector(array_remove(string_to_array("search_text", ' '), ''))) stored;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_support_ticket_search_vector" ON "support_ticket" USING GIN ("search_vector") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_support_ticket_tags" ON "support_ticket" USING GIN ("tags") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_support_ticket_tags";`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_support_ticket_search_vector";`)
    this.addSql(`alter table if exists "support_ticket" drop column if exists "search_vector";`)
  }
}
