import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Article search's typo matching moves from a per-article tsvector of deletion variants
 * (`fuzzy_vector`, ~1.4 kB an article) to one dictionary of the words all articles use:
 * `support_article_typo_term` (variant, term) - each word as itself and, from 5 letters, as each
 * of its one-letter deletions (domain/articles/search.ts typoDictionaryRows). A query word's
 * variants are looked up there (B-tree: equality and prefix) and the words found are matched in
 * `search_vector` like the exact terms.
 *
 * Why: the planner could not estimate `fuzzy_vector @@ 'refund' | 'efund' | ... | 'refun':*`
 * (75-90% of rows estimated, 18% matched), so common words were answered by a sequential scan that
 * evaluated every article's typo vector: 30-60 ms of a 94 ms p95 at 10,000 articles
 * (docs/knowledge-base.md "Speed"). The dictionary is small (its size is the vocabulary, not the
 * number of articles: 4,618 rows for the bench's 10,000 articles) and the page's statement now
 * reads `search_vector` and `title_vector` only.
 *
 * `fuzzy_search_text` now holds only the article's typo-matchable words; a trigger adds them to
 * the dictionary on insert and when they change, whichever code writes the row (workflows, the
 * bench's SQL seed). Words are never removed: a stale word stands for a typo no article matches.
 */
export class Migration20261205130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_support_article_fuzzy_vector";`)
    this.addSql(`alter table if exists "support_article" drop column if exists "fuzzy_vector";`)
    this.addSql(`create table if not exists "support_article_typo_term" ("variant" text not null, "term" text not null);`)
    // text_pattern_ops: the prefix lookup (LIKE 'refun%') uses it whatever the database's collation.
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_support_article_typo_term_variant_term" ON "support_article_typo_term" ("variant" text_pattern_ops, "term");`
    )
    // Statement-level, so a bulk insert expands its distinct words once; an update only expands
    // rows whose words changed (view and vote counters leave them alone).
    const expand = (words: string) => `
          INSERT INTO support_article_typo_term (variant, term)
          SELECT DISTINCT v.variant, w.word FROM (${words}) w
          CROSS JOIN LATERAL (
            SELECT w.word AS variant
            UNION ALL
            SELECT overlay(w.word placing '' from i for 1) FROM generate_series(1, char_length(w.word)) i WHERE char_length(w.word) >= 5
          ) v
          WHERE w.word <> ''
          ON CONFLICT DO NOTHING;`
    this.addSql(`
      CREATE OR REPLACE FUNCTION support_article_typo_terms() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN${expand(`SELECT DISTINCT unnest(string_to_array(n.fuzzy_search_text, ' ')) AS word FROM new_rows n`)}
        ELSE${expand(
          `SELECT DISTINCT unnest(string_to_array(n.fuzzy_search_text, ' ')) AS word FROM new_rows n
             WHERE NOT EXISTS (SELECT 1 FROM old_rows o WHERE o.id = n.id AND o.fuzzy_search_text = n.fuzzy_search_text)`
        )}
        END IF;
        RETURN NULL;
      END $$;`)
    this.addSql(`DROP TRIGGER IF EXISTS support_article_typo_terms_insert ON "support_article";`)
    this.addSql(`DROP TRIGGER IF EXISTS support_article_typo_terms_update ON "support_article";`)
    this.addSql(
      `CREATE TRIGGER support_article_typo_terms_insert AFTER INSERT ON "support_article" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION support_article_typo_terms();`
    )
    this.addSql(
      `CREATE TRIGGER support_article_typo_terms_update AFTER UPDATE ON "support_article" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION support_article_typo_terms();`
    )
    // Existing articles: their words are the tokens that were stored with their variants (a
    // variant that is also a token of the article is one of its words too).
    this.addSql(`
      UPDATE "support_article" SET "fuzzy_search_text" = array_to_string(ARRAY(
        SELECT w FROM unnest(string_to_array("search_text", ' ')) WITH ORDINALITY x(w, n)
        WHERE char_length(w) BETWEEN 4 AND 24 AND w = ANY(string_to_array("fuzzy_search_text", ' '))
        ORDER BY n
      ), ' ');`)
  }

  override async down(): Promise<void> {
    this.addSql(`DROP TRIGGER IF EXISTS support_article_typo_terms_insert ON "support_article";`)
    this.addSql(`DROP TRIGGER IF EXISTS support_article_typo_terms_update ON "support_article";`)
    this.addSql(`DROP FUNCTION IF EXISTS support_article_typo_terms();`)
    this.addSql(`
      UPDATE "support_article" a SET "fuzzy_search_text" = array_to_string(ARRAY(
        SELECT DISTINCT t.variant FROM unnest(string_to_array(a."fuzzy_search_text", ' ')) w JOIN "support_article_typo_term" t ON t.term = w
      ), ' ');`)
    this.addSql(`drop table if exists "support_article_typo_term" cascade;`)
    this.addSql(
      `alter table if exists "support_article" add column if not exists "fuzzy_vector" tsvector generated always as (array_to_tsvector(array_remove(string_to_array("fuzzy_search_text", ' '), ''))) stored;`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_article_fuzzy_vector" ON "support_article" USING GIN ("fuzzy_vector") WHERE deleted_at IS NULL;`)
  }
}
