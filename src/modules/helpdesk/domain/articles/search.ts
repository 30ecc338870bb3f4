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
 * letters is stored with its one-letter deletions (`fuzzy_search_text`), and a query word
 * matches when it, or one of its own one-letter deletions, is among them. "shiping" is a deletion
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
// Far above a help article's distinct words times their variants; keeps a tsvector row small.
const MAX_FUZZY_TOKENS = 8000

const isSpacedWord = (token: string) => SPACED_WORD.test(token)

/** The word with each one letter left out in turn (distinct). */
export function deletionVariants(word: string): string[] {
  const chars = [...word]
  const out = new Set<string>()
  for (let i = 0; i < chars.length; i++) out.add([...chars.slice(0, i), ...chars.slice(i + 1)].join(""))
  return [...out]
}

/** The search columns of an article: all tokens, the title's, and the typo variants. */
export function articleSearchColumns(title: string, bodyText: string) {
  const titleTokens = indexTokens(title)
  const all = [...new Set([...titleTokens, ...indexTokens(bodyText)])]
  const fuzzy = new Set<string>()
  for (const token of all) {
    if (fuzzy.size >= MAX_FUZZY_TOKENS) break
    const length = [...token].length
    if (!isSpacedWord(token) || length < FUZZY_MIN_INDEXED || length > FUZZY_MAX_LENGTH) continue
    fuzzy.add(token)
    if (length >= FUZZY_MIN_QUERY) for (const v of deletionVariants(token)) fuzzy.add(v)
  }
  return {
    search_text: all.join(" "),
    title_search_text: titleTokens.join(" "),
    fuzzy_search_text: [...fuzzy].slice(0, MAX_FUZZY_TOKENS).join(" "),
  }
}

/** One query term: the tsquery it is matched by, and its typo tsquery (null when none). */
export type ArticleQueryTerm = { exact: string; fuzzy: string | null }

/** The terms of a search box entry (tsQueryTerms: prefix words, bigrams), with their typo variants. */
export function articleQueryTerms(q: string): ArticleQueryTerm[] {
  const terms = tsQueryTerms(q).map((exact) => {
    const word = exact.replace(/^'|'(:\*)?$/g, "")
    return { exact, word }
  })
  const short = (w: string) => isSpacedWord(w) && [...w].length <= 2
  const kept = terms.some((t) => !short(t.word)) ? terms.filter((t) => !short(t.word)) : terms
  return kept.map(({ exact, word }) => {
    const length = [...word].length
    if (!isSpacedWord(word) || length < FUZZY_MIN_QUERY || length > FUZZY_MAX_LENGTH) return { exact, fuzzy: null }
    const variants = [word, ...deletionVariants(word)].map((v) => `'${v}'`)
    const stem = [...word].slice(0, -1).join("")
    return { exact, fuzzy: [...variants, `'${stem}':*`].join(" | ") }
  })
}

export type ArticleSearchFilters = {
  q?: string
  /** Locales to include (any of them); none: every locale. */
  locales?: string[]
  category_id?: string[]
  published?: boolean
}

export type ArticleSearchPage = { limit: number; offset: number }

/**
 * One statement for a page of matching article ids, best first, with the count of all matches
 * (a window count). Every value is a bound parameter; the terms are letters and digits only.
 * Without `q`, articles are listed by position and title.
 */
export function buildArticleSearchQuery(
  filters: ArticleSearchFilters,
  page: ArticleSearchPage
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
    const exactAny = terms.map((t) => t.exact).join(" | ")
    const fuzzyAny = terms.flatMap((t) => (t.fuzzy ? [t.fuzzy] : [])).join(" | ")
    where.push(fuzzyAny ? "(a.search_vector @@ ?::tsquery OR a.fuzzy_vector @@ ?::tsquery)" : "a.search_vector @@ ?::tsquery")
    params.push(exactAny, ...(fuzzyAny ? [fuzzyAny] : []))
    score = terms
      .map((t) => {
        scoreParams.push(t.exact, t.exact, ...(t.fuzzy ? [t.fuzzy] : []))
        return `(CASE WHEN a.title_vector @@ ?::tsquery THEN ${TITLE_WEIGHT} WHEN a.search_vector @@ ?::tsquery THEN ${BODY_WEIGHT}${
          t.fuzzy ? ` WHEN a.fuzzy_vector @@ ?::tsquery THEN ${FUZZY_WEIGHT}` : ""
        } ELSE 0 END)`
      })
      .join(" + ")
    coverage = `(${terms
      .map((t) => {
        scoreParams.push(t.exact)
        return "(a.title_vector @@ ?::tsquery)::int"
      })
      .join(" + ")})::float / GREATEST(length(a.title_vector), 1)`
  }
  const sql = `SELECT a.id, count(*) OVER () AS total FROM (
      SELECT a.id, a.position, a.title, ${score} AS score, ${coverage} AS coverage FROM support_article a WHERE ${where.join(" AND ")}
    ) a ORDER BY a.score DESC, a.coverage DESC, a.position ASC, a.title ASC, a.id ASC LIMIT ? OFFSET ?`
  return { sql, params: [...scoreParams, ...params, page.limit, page.offset] }
}
