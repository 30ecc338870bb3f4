/**
 * A ticket's thread is read a page at a time: the ticket answers carry the newest page and
 * `GET .../messages?before=<message id>` the earlier ones, so a thread of any length costs one
 * bounded read (docs/api.md, "Thread pages").
 */
export const THREAD_PAGE_SIZE = 50
export const THREAD_PAGE_MAX = 100

export type ThreadPage<M> = {
  /** Oldest first. */
  messages: M[]
  /** Every message the viewer may see (a shopper: public ones only). */
  count: number
  /** Whether messages older than the first of `messages` exist. */
  has_more: boolean
}

/** Rows fetched by id, put back in the page's order (dropping any that vanished in between). */
export function inPageOrder<M extends { id: string }>(ids: string[], rows: M[]): M[] {
  const byId = new Map(rows.map((r) => [r.id, r]))
  return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []))
}
