import { indexTokens, tsQueryTerms } from "../search-tokens"

/**
 * Article search, on the module's tokenizer (domain/search-tokens.ts).
 *
 * Matching: an article matches when ANY term of the query is found (a help-center query is a
 * sentence - "how do I return an item" - not a filter), and ranks by how well:
 * - a term found in the title scores TITLE_WEIGHT, in the body only BODY_WEIGHT;
 * - a typo'd term (see below) scores FUZZY_WEIGHT, only when it is not found as written;
 * so an article naming every word in its title comes first, and more matched words beat fewer.
 * Ties: the share of the title's words the query matched ("size" is half of "Size guide" but a
 * fifth of "Change or cancel an order"), then position, then title.
 *
 * Typos in words of spaced scripts (Latin, Greek, Cyrillic) of 5+ letters: an edit distance of 1
 * (a letter missing, added, replaced, or two swapped) is found by deletion variants, as SymSpell
 * does, with no pg_trgm (whose trigrams depend on the database locale): every indexed word of 4+
 * letters (an article's `fuzzy_search_text`) is stored in one dictionary with its one-letter
 * deletions (`support_article_typo_term`, variant -> word), and a query word stands for the
 * words that have it, or one of its own one-letter deletions, among their variants; those words
 * are then matched in the articles' `search_vector`. "shiping" is a deletion
 * of "shipping"; "retrun" and "return" share the deletion "retun". The same weaker match also
 * takes the word less its last letter as a prefix, for inflections the prefix match misses
 * ("refunds" finds "refund", "παραγγελίας" finds "παραγγελία", "επιστροφή" finds "επιστροφές").
 * Endings of two letters are not cut: a plural query ("επιστροφές") misses a singular-only
 * article ("επιστροφή"). Cutting two letters was tried and added noise: the fixture's Greek
 * top-1 fell from 0.91 to 0.82.
 *
 * Very short words of spaced scripts (1-2 letters: "i", "an", "to", "να") are left out of a query
 * that has longer ones: as prefixes they match nearly every article.
 */

export const TITLE_WEIGHT = 3
export const BODY_WEIGHT = 1
export const FUZZY_WEIGHT = 0.5

const SPACED_WORD = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]+$/u
const FUZZY_MIN_QUERY = 5
const FUZZY_MIN_INDEXED = 4
const FUZZY_MAX_LENGTH = 24
// Far above a help article's distinct words; keeps the column small.
const MAX_TYPO_WORDS = 2000

const isSpacedWord = (token: string) => SPACED_WORD.test(token)

/** The word with each one letter left out in turn (distinct). */
export function deletionVariants(word: string): string[] {
  const chars = [...word]
  const out = new Set<string>()
  for (let i = 0; i < chars.length; i++) out.add([...chars.slice(0, i), ...chars.slice(i + 1)].join(""))
  return [...out]
}

/**
 * The search columns of an article: all tokens, the title's, and the words typos are matched
 * against (spaced-script words of 4-24 letters, at most MAX_TYPO_WORDS). The database expands
 * those words into their deletion variants (support_article_typo_term, filled by a trigger).
 */
export function articleSearchColumns(title: string, bodyText: string) {
  const titleTokens = indexTokens(title)
  const all = [...new Set([...titleTokens, ...indexTokens(bodyText)])]
  return {
    search_text: all.join(" "),
    title_search_text: titleTokens.join(" "),
    fuzzy_search_text: typoWords(all).join(" "),
  }
}

function typoWords(tokens: string[]): string[] {
  return tokens
    .filter((t) => isSpacedWord(t) && [...t].length >= FUZZY_MIN_INDEXED && [...t].length <= FUZZY_MAX_LENGTH)
    .slice(0, MAX_TYPO_WORDS)
}

/**
 * The (variant, word) rows of the typo dictionary for some words: each word as itself and, from
 * 5 letters, as each of its one-letter deletions. The migration's trigger writes the same rows
 * in SQL; this is their definition, for tests and the bench.
 */
export function typoDictionaryRows(words: string[]): [variant: string, word: string][] {
  const rows = new Map<string, [string, string]>()
  for (const word of typoWords(words)) {
    rows.set(`${word} ${word}`, [word, word])
    if ([...word].length >= FUZZY_MIN_QUERY) for (const v of deletionVariants(word)) rows.set(`${v} ${word}`, [v, word])
  }
  return [...rows.values()]
}

/**
 * How a query word is looked up in the typo dictionary: the word and its one-letter deletions as
 * variants, and the word less its last letter as a prefix of variants.
 */
export type TypoLookup = { variants: string[]; prefix: string }

/** One query term: the tsquery it is matched by, and its typo lookup (null when none). */
export type ArticleQueryTerm = { exact: string; typo: TypoLookup | null }

/** The terms of a search box entry (tsQueryTerms: prefix words, bigrams), with their typo lookups. */
export function articleQueryTerms(q: string): ArticleQueryTerm[] {
  const terms = tsQueryTerms(q).map((exact) => {
    const word = exact.replace(/^'|'(:\*)?$/g, "")
    return { exact, word }
  })
  const short = (w: string) => isSpacedWord(w) && [...w].length <= 2
  const kept = terms.some((t) => !short(t.word)) ? terms.filter((t) => !short(t.word)) : terms
  return kept.map(({ exact, word }) => {
    const length = [...word].length
    if (!isSpacedWord(word) || length < FUZZY_MIN_QUERY || length > FUZZY_MAX_LENGTH) return { exact, typo: null }
    return { exact, typo: { variants: [word, ...deletionVariants(word)], prefix: [...word].slice(0, -1).join("") } }
  })
}

const likePrefix = (s: string) => `${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

/**
 * One statement for the indexed words each typo'd term may stand for: rows of (term index, word),
 * through the dictionary's B-tree (equality and prefix), or null when no term has a typo lookup.
 */
export function buildTypoWordsQuery(terms: ArticleQueryTerm[]): { sql: string; params: unknown[] } | null {
  const parts: string[] = []
  const params: unknown[] = []
  terms.forEach((t, i) => {
    if (!t.typo) return
    parts.push(
      `SELECT ${i} AS i, term FROM support_article_typo_term WHERE variant IN (${t.typo.variants.map(() => "?").join(", ")}) OR variant LIKE ?`
    )
    params.push(...t.typo.variants, likePrefix(t.typo.prefix))
  })
  if (!parts.length) return null
  return { sql: `SELECT DISTINCT i, term FROM (${parts.join(" UNION ALL ")}) t`, params }
}

/** The typo tsquery of each term (by index) from the dictionary's answer: whole indexed words. */
export function typoQueries(rows: { i: number | string; term: string }[]): Map<number, string> {
  const words = new Map<number, string[]>()
  for (const { i, term } of rows) {
    if (!isSpacedWord(term)) continue
    const list = words.get(Number(i)) ?? []
    list.push(`'${term}'`)
    words.set(Number(i), list)
  }
  return new Map([...words].map(([i, list]) => [i, list.sort().join(" | ")]))
}

export type ArticleSearchFilters = {
  q?: string
  /** Locales to include (any of them); none: every locale. */
  locales?: string[]
  category_id?: string[]
  published?: boolean
}

export type ArticleSearchPage = { limit: number; offset: number }

/** The columns of a store list's article, answered by the search statement itself (`summary`). */
export const ARTICLE_SUMMARY_COLUMNS = ["title", "handle", "category_id", "locale", "translation_group_id", "updated_at"] as const

/**
 * One statement for a page of matching article ids, best first, with the count of all matches
 * (a window count). Every value is a bound parameter; the terms are letters and digits only.
 * `typo`: each term's typo tsquery (typoQueries), whole words matched in `search_vector`.
 * `summary`: each row also has ARTICLE_SUMMARY_COLUMNS and its live `category` (JSON: id, title,
 * handle, description, position), so a store list needs no second read.
 * Without `q`, articles are listed by position and title.
 */
export function buildArticleSearchQuery(
  filters: ArticleSearchFilters,
  page: ArticleSearchPage,
  typo: Map<number, string> = new Map(),
  opts: { summary?: boolean } = {}
): { sql: string; params: unknown[] } {
  const where: string[] = ["a.deleted_at IS NULL"]
  const params: unknown[] = []
  const scoreParams: unknown[] = []
  if (filters.published !== undefined) {
    where.push("a.published = ?")
    params.push(filters.published)
  }
  if (filters.locales?.length) {
    where.push(`a.locale IN (${filters.locales.map(() => "?").join(", ")})`)
    params.push(...filters.locales)
  }
  if (filters.category_id?.length) {
    where.push(`a.category_id IN (${filters.category_id.map(() => "?").join(", ")})`)
    params.push(...filters.category_id)
  }

  const terms = filters.q ? articleQueryTerms(filters.q) : []
  let score = "0"
  let coverage = "0"
  if (filters.q) {
    if (!terms.length) return { sql: "SELECT NULL::text AS id, 0::bigint AS total WHERE false", params: [] }
    const any = [...terms.map((t) => t.exact), ...terms.flatMap((_, i) => (typo.get(i) ? [typo.get(i)] : []))].join(" | ")
    // The tsquery as an InitPlan, so the planner does not estimate it and always takes the GIN
    // index: for a common word it estimated 40% of an English store's articles and chose a
    // sequential scan, 2-3 times slower than the index (bench kb_search: "refund" 37 ms -> 16 ms,
    // "where is my order" 46 ms -> 15 ms under load 7; Greek words, estimated rare, went to
    // the locale index and filtered 1,353 rows: 10 ms -> 5 ms).
    where.push("a.search_vector @@ (SELECT ?::tsquery)")
    params.push(any)
    // float8 weights: numeric arithmetic over thousands of matches costs more than the matching.
    score = terms
      .map((t, i) => {
        const fuzzy = typo.get(i)
        scoreParams.push(t.exact, t.exact, ...(fuzzy ? [fuzzy] : []))
        return `(CASE WHEN a.title_vector @@ ?::tsquery THEN ${TITLE_WEIGHT}::float8 WHEN a.search_vector @@ ?::tsquery THEN ${BODY_WEIGHT}::float8${
          fuzzy ? ` WHEN a.search_vector @@ ?::tsquery THEN ${FUZZY_WEIGHT}::float8` : ""
        } ELSE 0::float8 END)`
      })
      .join(" + ")
    coverage = `(${terms
      .map((t) => {
        scoreParams.push(t.exact)
        return "(a.title_vector @@ ?::tsquery)::int"
      })
      .join(" + ")})::float8 / GREATEST(length(a.title_vector), 1)`
  }
  // `summary`: the inner rows carry the columns (title is there already); the category's
  // subquery is evaluated after the sort and limit (Postgres postpones costly output
  // expressions past them), so for the page's rows only.
  const extra = opts.summary ? ARTICLE_SUMMARY_COLUMNS.filter((c) => c !== "title").map((c) => `a.${c}`) : []
  const category = `(SELECT json_build_object('id', c.id, 'title', c.title, 'handle', c.handle, 'description', c.description, 'position', c.position)
      FROM support_article_category c WHERE c.id = a.category_id AND c.deleted_at IS NULL) AS category`
  const outer = opts.summary ? [", a.title", ...extra.map((c) => `, ${c}`), `, ${category}`].join("") : ""
  const sql = `SELECT a.id, count(*) OVER () AS total${outer} FROM (
      SELECT a.id, a.position, a.title${extra.map((c) => `, ${c}`).join("")}, ${score} AS score, ${coverage} AS coverage FROM support_article a WHERE ${where.join(" AND ")}
    ) a ORDER BY a.score DESC, a.coverage DESC, a.position ASC, a.title ASC, a.id ASC LIMIT ? OFFSET ?`
  return { sql, params: [...scoreParams, ...params, page.limit, page.offset] }
}
