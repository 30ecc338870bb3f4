import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { searchTextOf, searchTokensWith } from "../domain/search-tokens"

const BATCH = 1000

/**
 * Search reads the tickets' index again. Since Migration20261202110000 every search term was a
 * semi-join over the GIN index of all messages, whose matches Postgres had to read from the heap
 * for their ticket ids: at 10,000 tickets that made the inbox search 1.4x slower than when the
 * ticket held its thread's tokens (bench/results). Now a ticket holds its subject's and its
 * messages' tokens up to a budget (domain/search-tokens.ts), as before; a message whose tokens do
 * not fit is marked `search_overflow` (and so is its ticket) and is the only kind still
 * GIN-indexed, so long threads stay searchable and searches read the tickets' index. System lines
 * (status changes, merges) are no longer searched.
 *
 * The backfill folds each thread in JavaScript with the module's tokenizer (the database cannot
 * reproduce it: Migration20261202110000), by ticket in batches; one transaction.
 */
export class Migration20261203090000 extends Migration {
  override async up(): Promise<void> {
    await this.execute(`alter table if exists "support_message" add column if not exists "search_overflow" boolean not null default false;`)
    await this.execute(`alter table if exists "support_ticket" add column if not exists "search_overflow" boolean not null default false;`)
    // System lines (status changes, merges) are activity records, not searched.
    await this.execute(`update support_message set search_text = '' where author_type = 'system' and search_text <> '';`)
    let after = ""
    for (;;) {
      const tickets = (await this.execute(`select id, subject from support_ticket where id > ? order by id limit ?`, [after, BATCH])) as {
        id: string
        subject: string
      }[]
      if (!tickets.length) break
      const messages = (await this.execute(
        `select id, ticket_id, body from support_message
         where ticket_id in (select value from json_array_elements_text(?::json)) and deleted_at is null and author_type <> 'system'
         order by created_at, id`,
        [JSON.stringify(tickets.map((t) => t.id))]
      )) as { id: string; ticket_id: string; body: string }[]
      const text = new Map(tickets.map((t) => [t.id, searchTextOf(t.subject ?? "")]))
      const overflow: string[] = []
      for (const m of messages) {
        const merged = searchTokensWith(text.get(m.ticket_id) ?? "", m.body ?? "")
        text.set(m.ticket_id, merged.text)
        if (!merged.complete) overflow.push(m.id)
      }
      await this.execute(
        `update support_ticket as r set search_text = v.search_text
         from json_to_recordset(?::json) as v(id text, search_text text) where r.id = v.id`,
        [JSON.stringify([...text].map(([id, search_text]) => ({ id, search_text })))]
      )
      if (overflow.length) {
        await this.execute(
          `update support_message set search_overflow = true where id in (select value from json_array_elements_text(?::json))`,
          [JSON.stringify(overflow)]
        )
        await this.execute(
          `update support_ticket set search_overflow = true where id in (select ticket_id from support_message where id in (select value from json_array_elements_text(?::json)))`,
          [JSON.stringify(overflow)]
        )
      }
      after = tickets[tickets.length - 1].id
    }
    await this.execute(`DROP INDEX IF EXISTS "IDX_support_message_search_vector";`)
    await this.execute(
      `CREATE INDEX IF NOT EXISTS "IDX_support_message_search_overflow" ON "support_message" USING GIN ("search_vector") WHERE search_overflow AND deleted_at IS NULL;`
    )
    await this.execute(
      `CREATE INDEX IF NOT EXISTS "IDX_support_ticket_search_overflow" ON "support_ticket" ("id") WHERE search_overflow AND deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    await this.execute(`DROP INDEX IF EXISTS "IDX_support_message_search_overflow";`)
    await this.execute(`DROP INDEX IF EXISTS "IDX_support_ticket_search_overflow";`)
    await this.execute(
      `CREATE INDEX IF NOT EXISTS "IDX_support_message_search_vector" ON "support_message" USING GIN ("search_vector") WHERE deleted_at IS NULL;`
    )
    // The previous code searched every message on its own and the ticket by its subject only.
    let after = ""
    for (;;) {
      const tickets = (await this.execute(`select id, subject from support_ticket where id > ? order by id limit ?`, [after, BATCH])) as {
        id: string
        subject: string
      }[]
      if (!tickets.length) break
      await this.execute(
        `update support_ticket as r set search_text = v.search_text
         from json_to_recordset(?::json) as v(id text, search_text text) where r.id = v.id`,
        [JSON.stringify(tickets.map((t) => ({ id: t.id, search_text: searchTextOf(t.subject ?? "") })))]
      )
      after = tickets[tickets.length - 1].id
    }
    await this.execute(`alter table if exists "support_message" drop column if exists "search_overflow";`)
    await this.execute(`alter table if exists "support_ticket" drop column if exists "search_overflow";`)
  }
}
