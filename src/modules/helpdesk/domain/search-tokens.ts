/**
 * Locale-independent search tokens. Postgres' text-search parser and pg_trgm depend on the
 * database's lc_ctype (with 'C', show_trgm of Korean or Greek is empty and lower() leaves Greek
 * upper case), and Korean words are often two syllables, below pg_trgm's 3-character minimum and
 * glued to particles (환불 inside 환불요청합니다). So the module folds text itself and indexes
 * character bigrams for scripts written without spaces; the database only stores and matches
 * tokens verbatim (array_to_tsvector / ::tsquery).
 */

// Scripts whose words are not separated by spaces, or are glued to particles.
const BIGRAM_SCRIPT = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u
const WORD = /[\p{L}\p{N}]+/gu
const MAX_TOKEN_LENGTH = 64
// Per row (a ticket's thread, one message): far more than a 20,000-character message has, and a
// tsvector row stays far below Postgres' 1 MB limit.
const MAX_TOKENS = 4000

export function normalizeText(s: string): string {
  return s
    .normalize("NFKC")
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/ς/g, "σ")
    .normalize("NFC")
}

/** Splits a run of letters into pieces of the same kind (bigram script or not). */
function segments(word: string): { text: string; bigram: boolean }[] {
  const out: { text: string; bigram: boolean }[] = []
  for (const ch of word) {
    const bigram = BIGRAM_SCRIPT.test(ch)
    const last = out[out.length - 1]
    if (last && last.bigram === bigram) last.text += ch
    else out.push({ text: ch, bigram })
  }
  return out
}

function bigrams(run: string): string[] {
  const chars = [...run]
  if (chars.length === 1) return chars
  const out: string[] = []
  for (let i = 0; i < chars.length - 1; i++) out.push(chars[i] + chars[i + 1])
  return out
}

function tokensOf(text: string): { token: string; bigram: boolean }[] {
  const out: { token: string; bigram: boolean }[] = []
  for (const word of normalizeText(text).match(WORD) ?? []) {
    for (const seg of segments(word)) {
      if (seg.bigram) for (const b of bigrams(seg.text)) out.push({ token: b, bigram: true })
      else out.push({ token: [...seg.text].slice(0, MAX_TOKEN_LENGTH).join(""), bigram: false })
    }
  }
  return out
}

export function indexTokens(text: string): string[] {
  return [...new Set(tokensOf(text).map((t) => t.token))]
}

/**
 * What a row stores in its `search_text`: a message its body's tokens; a ticket its subject's and,
 * up to MAX_TOKENS distinct tokens, those of its messages (searchTokensWith). A message whose
 * tokens did not all fit is marked `search_overflow` and found through its own index instead, so
 * a thread of any length stays searchable while most searches read only the tickets' index.
 */
export function searchTextOf(text: string): string {
  return mergeSearchText("", text)
}

/** The union of existing tokens and the new text's, at most MAX_TOKENS of them. */
export function mergeSearchText(existing: string, newText: string): string {
  return searchTokensWith(existing, newText).text
}

/**
 * The union of existing tokens and the new text's, at most MAX_TOKENS of them, and whether every
 * token of the new text is in it (`complete`).
 */
export function searchTokensWith(existing: string, newText: string): { text: string; complete: boolean } {
  const tokens = new Set(existing.split(" ").filter(Boolean))
  let complete = true
  for (const token of indexTokens(newText)) {
    if (tokens.has(token)) continue
    if (tokens.size >= MAX_TOKENS) {
      complete = false
      continue
    }
    tokens.add(token)
  }
  return { text: [...tokens].join(" "), complete }
}

// Each term costs the inbox query a semi-join over messages; a Korean sentence gives one bigram
// per character. Beyond this many terms a search is narrow enough: the rest are ignored.
export const MAX_QUERY_TERMS = 10

/**
 * The terms of a search box entry (at most MAX_QUERY_TERMS), each a one-word tsquery; a ticket matches when every term is
 * found in its subject or in any of its messages. Words match as prefixes ("refun" finds
 * "refunded"), and so does a lone character of a bigram script. Tokens are letters and digits
 * only, so quoting cannot be broken; each term is still bound as a parameter.
 */
export function tsQueryTerms(q: string): string[] {
  const terms = tokensOf(q).map(({ token, bigram }) => {
    const safe = token.replace(/[^\p{L}\p{N}]/gu, "")
    const prefix = !bigram || [...token].length === 1
    return `'${safe}'${prefix ? ":*" : ""}`
  })
  return [...new Set(terms)].slice(0, MAX_QUERY_TERMS)
}

/** All terms of a search box entry AND-ed into one tsquery, or null when it has no words. */
export function buildTsQuery(q: string): string | null {
  const terms = tsQueryTerms(q)
  return terms.length ? terms.join(" & ") : null
}
