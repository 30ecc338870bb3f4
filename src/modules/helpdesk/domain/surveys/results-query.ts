/**
 * The survey results in SQL (bound parameters only): answers in [from, to) by answered time,
 * grouped by the agent the ticket was assigned to when it was solved, and by each canned reply
 * used in the ticket's public agent messages (a ticket counts once per canned reply however often
 * it was inserted). Average score counts five-point answers only: a yes/no answer has no degree.
 * SURVEY_MEASURES (over answers aliased `r`) is also what canned-reply effectiveness reports as
 * "satisfaction after use" (domain/canned-effectiveness/query.ts).
 */
export const SURVEY_MEASURES = `
  count(*)::int AS answered,
  count(*) FILTER (WHERE r.positive)::int AS positive,
  count(*) FILTER (WHERE r.scale = 'five_point')::int AS scored,
  round(avg(r.score) FILTER (WHERE r.scale = 'five_point'), 2)::float AS average_score`

// Answers of deleted tickets do not count (tickets are soft-deleted; the answer row stays behind).
const WINDOW = `r.deleted_at IS NULL AND r.created_at >= ? AND r.created_at < ?
  AND EXISTS (SELECT 1 FROM support_ticket t WHERE t.id = r.ticket_id AND t.deleted_at IS NULL)`

export function surveyResultsQueries(from: Date, to: Date) {
  const params = [from, to]
  return {
    totals: { sql: `SELECT ${SURVEY_MEASURES} FROM support_survey_response r WHERE ${WINDOW}`, params },
    byAgent: {
      sql: `SELECT r.assignee_id, ${SURVEY_MEASURES} FROM support_survey_response r WHERE ${WINDOW}
            GROUP BY r.assignee_id ORDER BY answered DESC, r.assignee_id NULLS LAST`,
      params,
    },
    byCannedReply: {
      sql: `SELECT u.canned_reply_id, c.title, ${SURVEY_MEASURES}
            FROM support_survey_response r
            -- Per answer, its ticket's messages (index on ticket_id), each canned reply once.
            JOIN LATERAL (SELECT DISTINCT m.canned_reply_id FROM support_message m
                  WHERE m.ticket_id = r.ticket_id AND m.canned_reply_id IS NOT NULL
                    AND m.internal = false AND m.deleted_at IS NULL) u ON true
            LEFT JOIN support_canned_reply c ON c.id = u.canned_reply_id
            WHERE ${WINDOW}
            GROUP BY u.canned_reply_id, c.title ORDER BY answered DESC, u.canned_reply_id`,
      params,
    },
  }
}

export type SurveyMeasures = { answered: number; positive: number; scored: number; average_score: number | null }

/** Counts as the API shows them, with the positive rate (0..1, 4 decimals; null without answers). */
export function withRates<T extends SurveyMeasures>(row: T): T & { positive_rate: number | null } {
  const answered = Number(row.answered)
  return {
    ...row,
    answered,
    positive: Number(row.positive),
    scored: Number(row.scored),
    average_score: row.average_score === null || row.average_score === undefined ? null : Number(row.average_score),
    positive_rate: answered ? Math.round((Number(row.positive) / answered) * 10_000) / 10_000 : null,
  }
}
