import { SURVEY_MEASURES } from "../surveys/results-query"

/**
 * Canned-reply effectiveness in SQL (bound parameters only; docs/automation.md "Canned-reply
 * effectiveness" defines each figure). One statement gives a page of canned replies with:
 *
 * - a **use**: a public, not deleted message with the reply's `canned_reply_id`, written by an
 *   agent or by a rule (author_type "system"), created in [from, to), on a ticket not deleted;
 * - the use's **solve**: the first status move of its ticket to solved or closed at or after the
 *   use (the use itself when it was sent with "solve"). Status moves are read from the timeline:
 *   status lines (metadata.event "status_changed") and messages that moved the status
 *   (metadata.status_change, written by addTicketMessageWorkflow);
 * - **solved_without_reply**: a solve exists and no public customer message was created between
 *   the use and it;
 * - **reopened**: of those, the ticket left solved/closed after that solve (a move to open or
 *   pending, or a public customer message, which always reopens);
 * - **closed** = solved_without_reply - reopened; close rate = closed / uses;
 * - **satisfaction**: survey answers (SURVEY_MEASURES, the survey results' own measures) of the
 *   tickets the reply was used on in the period, given after its first use there; each ticket
 *   once per reply;
 * - **rule_ids**: the enabled, not deleted rules with a send_canned_reply action naming it.
 *
 * Outcomes are looked for up to now, not only up to `to`: a use near the end of the period still
 * counts its later solve. Set-based, not a lookup per use: the uses come from the partial index on
 * created_at where canned_reply_id is set (Migration20261206100000); the messages of their tickets
 * are read once and ordered per ticket, and window aggregates give each use its next solve, the
 * next shopper message and the ticket's last reopen (a reopen after the solve is a last reopen
 * after it). Measured: docs/automation.md "Canned-reply effectiveness".
 */

export const EFFECTIVENESS_ORDERS = ["uses", "close_rate", "reopen_rate", "satisfaction", "title"] as const
export type EffectivenessOrderField = (typeof EFFECTIVENESS_ORDERS)[number]
export type EffectivenessOrder = EffectivenessOrderField | `-${EffectivenessOrderField}`

// Fixed SQL per allowed order (never built from the request's text).
const ORDER_SQL: Record<EffectivenessOrderField, string> = {
  uses: "coalesce(f.uses, 0)",
  close_rate: "(coalesce(f.solved_without_reply, 0) - coalesce(f.reopened, 0))::float / nullif(f.uses, 0)",
  reopen_rate: "f.reopened::float / nullif(f.solved_without_reply, 0)",
  satisfaction: "s.average_score",
  title: "c.title",
}

export function effectivenessOrderSql(order: EffectivenessOrder): string {
  const desc = order.startsWith("-")
  const field = (desc ? order.slice(1) : order) as EffectivenessOrderField
  const expr = ORDER_SQL[field]
  if (!expr) throw new Error(`Unknown order ${order}`)
  return `${expr} ${desc ? "DESC" : "ASC"} NULLS LAST, c.id ASC`
}

// The status a timeline message moved its ticket to (null when it moved none).
const STATUS_TO = `coalesce(CASE WHEN e.metadata->>'event' = 'status_changed' THEN e.metadata->>'to' END, e.metadata->'status_change'->>'to')`

export function cannedEffectivenessQuery(opts: { from: Date; to: Date; limit: number; offset: number; order: EffectivenessOrder }) {
  const sql = `
    WITH uses AS MATERIALIZED (
      SELECT m.id, m.ticket_id, m.canned_reply_id, m.created_at, m.author_type
      FROM support_message m
      WHERE m.canned_reply_id IS NOT NULL AND m.deleted_at IS NULL AND m.internal = false
        AND m.author_type IN ('agent', 'system') AND m.created_at >= ? AND m.created_at < ?
        AND EXISTS (SELECT 1 FROM support_ticket t WHERE t.id = m.ticket_id AND t.deleted_at IS NULL)
    ),
    -- Every message of the tickets with a use, in order; for each row the first solve from it on,
    -- the first shopper message after it, and the ticket's last reopen.
    timeline AS (
      SELECT e.id, e.ticket_id, e.created_at,
             ${STATUS_TO} IN ('solved', 'closed') AS solves,
             (e.author_type = 'customer' AND e.internal = false) AS shopper,
             (${STATUS_TO} IN ('open', 'pending') OR (e.author_type = 'customer' AND e.internal = false)) AS reopens
      FROM (SELECT DISTINCT ticket_id FROM uses) k
      JOIN support_message e ON e.ticket_id = k.ticket_id AND e.deleted_at IS NULL
    ),
    -- Read backwards (newest first), "from this row on" is a running aggregate: one pass per ticket.
    marked AS (
      SELECT x.id,
             min(x.created_at) FILTER (WHERE x.solves) OVER (back ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS solved_at,
             min(x.created_at) FILTER (WHERE x.shopper) OVER (back ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS shopper_at,
             max(x.created_at) FILTER (WHERE x.reopens) OVER (PARTITION BY x.ticket_id) AS last_reopen_at
      FROM timeline x
      WINDOW back AS (PARTITION BY x.ticket_id ORDER BY x.created_at DESC, x.id DESC)
    ),
    outcomes AS (
      SELECT u.canned_reply_id, u.author_type,
             x.solved_at IS NOT NULL AND (x.shopper_at IS NULL OR x.shopper_at >= x.solved_at) AS solved_without_reply,
             x.solved_at IS NOT NULL AND x.last_reopen_at > x.solved_at AS reopened
      FROM uses u JOIN marked x ON x.id = u.id
    ),
    figures AS (
      SELECT o.canned_reply_id,
             count(*)::int AS uses,
             count(*) FILTER (WHERE o.author_type = 'system')::int AS automatic_uses,
             count(*) FILTER (WHERE o.solved_without_reply)::int AS solved_without_reply,
             count(*) FILTER (WHERE o.solved_without_reply AND o.reopened)::int AS reopened
      FROM outcomes o GROUP BY o.canned_reply_id
    ),
    pairs AS (
      SELECT canned_reply_id, ticket_id, min(created_at) AS first_use FROM uses GROUP BY canned_reply_id, ticket_id
    ),
    sat AS (
      SELECT p.canned_reply_id, ${SURVEY_MEASURES}
      FROM pairs p
      JOIN support_survey_response r ON r.ticket_id = p.ticket_id AND r.deleted_at IS NULL AND r.created_at > p.first_use
      GROUP BY p.canned_reply_id
    ),
    auto AS (
      SELECT a.x->>'value' AS canned_reply_id, array_agg(DISTINCT r.id) AS rule_ids
      FROM support_rule r
      CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(r.actions) = 'array' THEN r.actions ELSE '[]'::jsonb END) a(x)
      WHERE r.deleted_at IS NULL AND r.enabled = true AND a.x->>'type' = 'send_canned_reply'
      GROUP BY a.x->>'value'
    )
    SELECT c.id, c.title,
           coalesce(f.uses, 0) AS uses,
           coalesce(f.automatic_uses, 0) AS automatic_uses,
           coalesce(f.solved_without_reply, 0) AS solved_without_reply,
           coalesce(f.reopened, 0) AS reopened,
           coalesce(s.answered, 0) AS answered,
           coalesce(s.positive, 0) AS positive,
           coalesce(s.scored, 0) AS scored,
           s.average_score,
           coalesce(a.rule_ids, ARRAY[]::text[]) AS rule_ids
    FROM support_canned_reply c
    LEFT JOIN figures f ON f.canned_reply_id = c.id
    LEFT JOIN sat s ON s.canned_reply_id = c.id
    LEFT JOIN auto a ON a.canned_reply_id = c.id
    WHERE c.deleted_at IS NULL
    ORDER BY ${effectivenessOrderSql(opts.order)}
    LIMIT ? OFFSET ?`
  return {
    page: { sql, params: [opts.from, opts.to, opts.limit, opts.offset] as unknown[] },
    count: { sql: `SELECT count(*)::int AS count FROM support_canned_reply WHERE deleted_at IS NULL`, params: [] as unknown[] },
  }
}

/** One row of the page as the statement returns it. */
export type CannedEffectivenessRow = {
  id: string
  title: string
  uses: number
  automatic_uses: number
  solved_without_reply: number
  reopened: number
  answered: number
  positive: number
  scored: number
  average_score: number | null
  rule_ids: string[]
}
