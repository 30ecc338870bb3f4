import { TicketChannel, TicketPriority, TicketStatus, TICKET_PRIORITIES } from "./constants"
import { tsQueryTerms } from "./search-tokens"

export type InboxFilters = {
  id?: string[]
  status?: TicketStatus[]
  priority?: TicketPriority[]
  channel?: TicketChannel[]
  /** A user id, or null for unassigned tickets. */
  assignee_id?: string | null
  /** With assignee_id: also tickets delegated from that agent (delegated_from_id). */
  include_delegated?: boolean
  customer_id?: string
  order_id?: string
  /** Tickets with a reported order line of this product / variant (support_ticket_line_item). */
  product_id?: string
  variant_id?: string
  email?: string
  category?: string
  tag?: string
  q?: string
  sla_breached?: boolean
}

const PRIORITY_RANK = `array_position(ARRAY[${TICKET_PRIORITIES.map((p) => `'${p}'`).join(",")}]::text[], t.priority)`

/** Sort keys clients may use (`order=-priority`); anything else is refused by the validators. */
export const INBOX_SORT_COLUMNS = {
  priority: PRIORITY_RANK,
  created_at: "t.created_at",
  updated_at: "t.updated_at",
  last_message_at: "t.last_message_at",
  display_id: "t.display_id",
  status: "t.status",
  // Tickets with no clock running sort after every due one (Migration20261204110000 indexes these).
  first_response_due_at: "COALESCE(t.first_response_due_at, 'infinity'::timestamptz)",
  resolution_due_at: "COALESCE(t.resolution_due_at, 'infinity'::timestamptz)",
  // Migration20261205110000 indexes the descending order (the inbox's default).
  priority_score: "t.priority_score",
} as const
export type InboxSortKey = keyof typeof INBOX_SORT_COLUMNS

/**
 * Counting every match of a broad view or search costs as much as reading them all (a million
 * tickets: 30-500 ms). The inbox counts up to these limits and then says "at least": views read
 * their count from an index (10,000 entries is about a millisecond); a search must check each
 * matching ticket, so it stops much sooner (at a million tickets, counting 1,000 matches of a
 * Korean or Greek word took 12-16 ms, 100 took 2 ms: docs/performance.md).
 */
export const INBOX_COUNT_LIMIT = 10_000
export const INBOX_SEARCH_COUNT_LIMIT = 100

export type InboxPage = {
  order: { key: InboxSortKey; direction: "asc" | "desc" }
  limit: number
  offset: number
}

export function parseInboxOrder(order: string | undefined): InboxPage["order"] | null {
  const raw = order ?? "-last_message_at"
  const direction = raw.startsWith("-") ? "desc" : "asc"
  const key = raw.replace(/^-/, "")
  return key in INBOX_SORT_COLUMNS ? { key: key as InboxSortKey, direction } : null
}

function placeholders(values: readonly unknown[]): string {
  return values.map(() => "?").join(", ")
}

/**
 * SQL for one inbox page and its count (up to `countLimit` matches, plus one to tell whether there
 * are more). Every value is a bound parameter; column names and sort expressions come only from
 * the constants above.
 */
export function buildInboxQuery(filters: InboxFilters, page: InboxPage) {
  const where: string[] = ["t.deleted_at IS NULL"]
  const params: unknown[] = []
  const inList = (column: string, values: readonly string[] | undefined) => {
    if (!values?.length) return
    where.push(`${column} IN (${placeholders(values)})`)
    params.push(...values)
  }
  const equals = (column: string, value: string | undefined) => {
    if (value === undefined) return
    where.push(`${column} = ?`)
    params.push(value)
  }

  inList("t.id", filters.id)
  inList("t.status", filters.status)
  inList("t.priority", filters.priority)
  inList("t.channel", filters.channel)
  if (filters.assignee_id === null) where.push("t.assignee_id IS NULL")
  else if (filters.assignee_id !== undefined && filters.include_delegated) {
    where.push("(t.assignee_id = ? OR t.delegated_from_id = ?)")
    params.push(filters.assignee_id, filters.assignee_id)
  } else equals("t.assignee_id", filters.assignee_id)
  equals("t.customer_id", filters.customer_id)
  equals("t.order_id", filters.order_id)
  equals("t.category", filters.category)
  // Served by the (product_id, ticket_id) / (variant_id, ticket_id) partial indexes (Migration20261205120000).
  for (const key of ["product_id", "variant_id"] as const) {
    if (filters[key] === undefined) continue
    where.push(
      `EXISTS (SELECT 1 FROM support_ticket_line_item li WHERE li.ticket_id = t.id AND li.${key} = ? AND li.${key} IS NOT NULL AND li.deleted_at IS NULL)`
    )
    params.push(filters[key])
  }
  if (filters.email !== undefined) {
    where.push("lower(t.email) = lower(?)")
    params.push(filters.email)
  }
  if (filters.tag !== undefined) {
    where.push("t.tags @> ARRAY[?]::text[]")
    params.push(filters.tag)
  }
  // A literal, not a parameter, so the planner can match the partial index on breached tickets.
  if (filters.sla_breached !== undefined) where.push(filters.sla_breached ? "t.sla_breached = true" : "t.sla_breached = false")
  if (filters.q !== undefined) {
    const terms = tsQueryTerms(filters.q)
    if (!terms.length) where.push("false")
    // Every term must be found in the ticket's tokens (its subject and, up to a budget, its
    // messages', internal notes included: the inbox is for agents) or, for the few tickets whose
    // messages did not all fit (search_overflow), in one of those messages. The first arm is one
    // GIN lookup and the second a small partial index, so Postgres can OR their bitmaps or walk
    // the sort index, whichever is cheaper (docs/performance.md).
    if (terms.length) {
      const overflowTerm =
        "(t.search_vector @@ ?::tsquery OR EXISTS (SELECT 1 FROM support_message m WHERE m.ticket_id = t.id AND m.search_overflow AND m.deleted_at IS NULL AND m.search_vector @@ ?::tsquery))"
      where.push(`(t.search_vector @@ ?::tsquery OR (t.search_overflow AND ${terms.map(() => overflowTerm).join(" AND ")}))`)
      params.push(terms.join(" & "), ...terms.flatMap((term) => [term, term]))
    }
  }

  const direction = page.order.direction === "desc" ? "DESC" : "ASC"
  const nulls = page.order.direction === "desc" ? "NULLS LAST" : "NULLS FIRST"
  const orderBy = `${INBOX_SORT_COLUMNS[page.order.key]} ${direction} ${nulls}, t.created_at DESC, t.id DESC`
  const whereSql = where.join(" AND ")

  const countLimit = filters.q !== undefined ? INBOX_SEARCH_COUNT_LIMIT : INBOX_COUNT_LIMIT
  return {
    sql: `SELECT t.id FROM support_ticket t WHERE ${whereSql} ORDER BY ${orderBy} LIMIT ? OFFSET ?`,
    params: [...params, page.limit, page.offset],
    countSql: `SELECT count(*) AS count FROM (SELECT 1 FROM support_ticket t WHERE ${whereSql} LIMIT ?) capped`,
    countParams: [...params, countLimit + 1],
    countLimit,
  }
}
