import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { mergeSearchText, searchTextOf } from "../domain/search-tokens"

const BATCH = 2000

/**
 * Search per message. Until now a ticket kept one growing token set (subject + every message)
 * capped at 4,000 tokens, so later messages of a long thread were not searchable. Each message now
 * stores its own tokens (`search_text`, a generated `search_vector`, GIN-indexed) and the ticket
 * only its subject's; the inbox matches a ticket by its subject or any message
 * (domain/inbox-query.ts).
 *
 * The backfill tokenizes in JavaScript with the module's own tokenizer: Postgres cannot reproduce
 * it independently of the database's locale (lower() and pg_trgm depend on lc_ctype). Rows are
 * read and written in batches by id; the GIN index is built after the backfill. At 5 million
 * messages this is a long migration (a few minutes, one transaction): run it in a quiet hour.
 */
export class Migration20261202110000 extends Migration {
  override async up(): Promise<void> {
    await this.execute(`alter table if exists "support_message" add column if not exists "search_text" text not null default '';`)
    await this.execute(
      `alter table if exists "support_message" add column if not exists "search_vector" tsvector generated always as (array_to_tsvector(array_remove(string_to_array("search_text", ' '), ''))) stored;`
    )
    await this.backfill("support_message", "body")
    await this.backfill("support_ticket", "subject")
    await this.execute(
      `CREATE INDEX IF NOT EXISTS "IDX_support_message_search_vector" ON "support_message" USING GIN ("search_vector") WHERE deleted_at IS NULL;`
    )
  }

  /** Sets `search_text` of every row of `table` from `column`, in batches ordered by id. */
  private async backfill(table: "support_message" | "support_ticket", column: "body" | "subject") {
    let after = ""
    for (;;) {
      const rows = (await this.execute(
        `select id, ${column} as text from ${table} where id > ? order by id limit ?`,
        [after, BATCH]
      )) as { id: string; text: string | null }[]
      if (!rows.length) return
      // One JSON parameter: knex would expand an array parameter into a list of values.
      await this.execute(
        `update ${table} as r set search_text = v.search_text
         from json_to_recordset(?::json) as v(id text, search_text text)
         where r.id = v.id and r.search_text is distinct from v.search_text`,
        [JSON.stringify(rows.map((r) => ({ id: r.id, search_text: searchTextOf(r.text ?? "") })))]
      )
      after = rows[rows.length - 1].id
    }
  }

  override async down(): Promise<void> {
    // The previous code searched the ticket's own token set: merge each thread back into it.
    let after = ""
    for (;;) {
      const tickets = (await this.execute(`select id, subject from support_ticket where id > ? order by id limit ?`, [
        after,
        BATCH,
      ])) as { id: string; subject: string }[]
      if (!tickets.length) break
      const messages = (await this.execute(
        `select ticket_id, body from support_message
         where ticket_id in (select value from json_array_elements_text(?::json)) and deleted_at is null
         order by created_at, id`,
        [JSON.stringify(tickets.map((t) => t.id))]
      )) as { ticket_id: string; body: string }[]
      const text = new Map(tickets.map((t) => [t.id, searchTextOf(t.subject)]))
      for (const m of messages) text.set(m.ticket_id, mergeSearchText(text.get(m.ticket_id) ?? "", m.body))
      await this.execute(
        `update support_ticket as r set search_text = v.search_text
         from json_to_recordset(?::json) as v(id text, search_text text) where r.id = v.id`,
        [JSON.stringify([...text].map(([id, search_text]) => ({ id, search_text })))]
      )
      after = tickets[tickets.length - 1].id
    }
    await this.execute(`DROP INDEX IF EXISTS "IDX_support_message_search_vector";`)
    await this.execute(`alter table if exists "support_message" drop column if exists "search_vector";`)
    await this.execute(`alter table if exists "support_message" drop column if exists "search_text";`)
  }
}
