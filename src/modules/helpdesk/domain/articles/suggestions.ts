import { indexTokens } from "../search-tokens"
import { articleQueryTerms } from "./search"

/**
 * Public canned replies for what a shopper is typing, best first: a reply scores TITLE 3 / BODY 1
 * per query term found (as a word prefix, the way article search matches), like articles. Canned
 * replies are few and written by hand, so they are ranked here rather than indexed.
 */
export function rankReplies<T extends { id: string; title: string; body: string }>(q: string, replies: T[], limit: number): T[] {
  const terms = articleQueryTerms(q).map((t) => ({ word: t.exact.replace(/^'|'(:\*)?$/g, ""), prefix: t.exact.endsWith(":*") }))
  if (!terms.length) return []
  const found = (tokens: string[], t: { word: string; prefix: boolean }) =>
    tokens.some((token) => (t.prefix ? token.startsWith(t.word) : token === t.word))
  return replies
    .map((reply) => {
      const title = indexTokens(reply.title)
      const body = indexTokens(reply.body)
      const score = terms.reduce((s, t) => s + (found(title, t) ? 3 : found(body, t) ? 1 : 0), 0)
      return { reply, score }
    })
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || a.reply.title.localeCompare(b.reply.title))
    .slice(0, limit)
    .map((r) => r.reply)
}
