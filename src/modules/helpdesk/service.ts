import { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { HelpdeskOptions, parseHelpdeskOptions } from "./domain/options"
import { rateWindowAt, retryAfterSeconds, slidingCount } from "./domain/rate-limit-window"
import { RequesterSelector } from "./domain/privacy/erasure"
import { eraseTickets, ErasureResult, ErasureSnapshot, requesterTicketIds, restoreErasedTickets } from "./privacy-store"
import { buildInboxQuery, InboxFilters, InboxPage } from "./domain/inbox-query"
import { PrioritySettings, scorePriority } from "./domain/priority"
import {
  articleQueryTerms,
  ArticleSearchFilters,
  ArticleSearchPage,
  buildArticleSearchQuery,
  buildTypoWordsQuery,
  typoQueries,
} from "./domain/articles/search"
import SupportArticle from "./models/support-article"
import SupportArticleCategory from "./models/support-article-category"
import SupportArticleFeedback from "./models/support-article-feedback"
import SupportAttachment from "./models/support-attachment"
import SupportCannedReply from "./models/support-canned-reply"
import SupportHeldMail from "./models/support-held-mail"
import SupportEmailDelivery from "./models/support-email-delivery"
import SupportMessage from "./models/support-message"
import SupportRateLimit from "./models/support-rate-limit"
import SupportSetting from "./models/support-setting"
import SupportTicket from "./models/support-ticket"
import SupportTicketLineItem from "./models/support-ticket-line-item"
import SupportTicketProduct from "./models/support-ticket-product"
import SupportBusinessHours from "./models/support-business-hours"
import SupportSlaPolicy from "./models/support-sla-policy"
import SupportAutoAcknowledgement from "./models/support-auto-acknowledgement"
import SupportRefundApproval from "./models/support-refund-approval"
import SupportRule from "./models/support-rule"
import SupportRuleIdleRun from "./models/support-rule-idle-run"
import SupportAssignmentGroup from "./models/support-assignment-group"
import SupportAgentStatus from "./models/support-agent-status"
import SupportSurveyResponse from "./models/support-survey-response"
import SupportProactiveEvent from "./models/support-proactive-event"
import { SurveyMeasures, surveyResultsQueries } from "./domain/surveys/results-query"
import { cannedEffectivenessQuery, CannedEffectivenessRow, EffectivenessOrder } from "./domain/canned-effectiveness/query"

/** A ticket's stored priority score and its parts. */
export type PriorityScoreRow = {
  id: string
  priority_score: number
  priority_explanation: unknown
  priority_scored_at: Date | string | null
}

class HelpdeskModuleService extends MedusaService({
  SupportTicket,
  SupportMessage,
  SupportAttachment,
  SupportCannedReply,
  SupportRateLimit,
  SupportSetting,
  SupportHeldMail,
  SupportEmailDelivery,
  SupportArticle,
  SupportArticleCategory,
  SupportArticleFeedback,
  SupportBusinessHours,
  SupportSlaPolicy,
  SupportAutoAcknowledgement,
  SupportRefundApproval,
  SupportRule,
  SupportRuleIdleRun,
  SupportAssignmentGroup,
  SupportAgentPresence: SupportAgentStatus,
  SupportTicketLineItem,
  SupportTicketProduct,
  SupportSurveyResponse,
  SupportProactiveEvent,
}) {
  protected readonly options_: HelpdeskOptions

  constructor(container: Record<string, unknown>, options: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = parseHelpdeskOptions(options)
  }

  /**
   * Decides a pending refund approval in one statement: only a pending row, and never by the
   * agent who asked for it. Returns the row as it was decided, or null when nothing matched.
   */
  @InjectManager()
  async decideRefundApproval(
    id: string,
    decision: "approved" | "rejected" | "pending",
    actorId: string | null,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<Record<string, any> | null> {
    const knex = sharedContext.manager!.getKnex()
    let query = knex("support_refund_approval").where({ id }).whereNull("deleted_at")
    if (decision === "pending") {
      // The compensation of a decision: back to pending.
      query = query.whereIn("status", ["approved", "rejected"])
    } else {
      query = query.andWhere({ status: "pending" }).andWhereNot({ requested_by: actorId ?? "" })
    }
    const rows = await query
      .update({
        status: decision,
        decided_by: decision === "pending" ? null : actorId,
        decided_at: decision === "pending" ? null : knex.fn.now(),
        updated_at: knex.fn.now(),
      })
      .returning("*")
    return rows[0] ?? null
  }

  getOptions(): HelpdeskOptions {
    return this.options_
  }

  /**
   * One page of the agent inbox: ids in display order plus the count of matches, exact up to a
   * limit (`countExact: false` beyond it: at least `count` tickets match). Filters, full-text
   * search and sorting run in one SQL statement with bound parameters (see domain/inbox-query.ts);
   * callers then load the fields they need for those ids through Query.
   */
  @InjectManager()
  async listInboxTicketIds(
    filters: InboxFilters,
    page: InboxPage,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ ids: string[]; count: number; countExact: boolean }> {
    const { sql, params, countSql, countParams, countLimit } = buildInboxQuery(filters, page)
    const manager = sharedContext.manager!
    const [rows, countRows] = await Promise.all([
      manager.execute<{ id: string }[]>(sql, params),
      manager.execute<{ count: string }[]>(countSql, countParams),
    ])
    const counted = Number(countRows[0]?.count ?? 0)
    return { ids: rows.map((r) => r.id), count: Math.min(counted, countLimit), countExact: counted <= countLimit }
  }

  /**
   * One page of a ticket's thread: the ids of the `limit` messages just before `before` (or the
   * newest), oldest first, whether earlier ones exist, and how many messages the viewer can see in
   * all (`publicOnly`: a shopper, who never sees internal notes, not even counted). Keyset on
   * (created_at, id), compared in SQL with the cursor row's own values so microsecond timestamps
   * never round-trip through JavaScript. Returns null when `before` is not a message of this
   * ticket the viewer can see.
   */
  @InjectManager()
  async listThreadPage(
    ticketId: string,
    page: { before?: string | null; limit: number; publicOnly: boolean },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ ids: string[]; count: number; hasMore: boolean } | null> {
    const manager = sharedContext.manager!
    const visible = (m: string) =>
      `${m}.ticket_id = ? AND ${m}.deleted_at IS NULL${page.publicOnly ? ` AND ${m}.internal = false` : ""}`
    if (page.before) {
      const cursor = await manager.execute<{ id: string }[]>(
        `SELECT c.id FROM support_message c WHERE c.id = ? AND ${visible("c")}`,
        [page.before, ticketId]
      )
      if (!cursor.length) return null
    }
    const keyset = page.before
      ? " AND (m.created_at, m.id) < (SELECT c.created_at, c.id FROM support_message c WHERE c.id = ?)"
      : ""
    const [rows, countRows] = await Promise.all([
      manager.execute<{ id: string }[]>(
        `SELECT m.id FROM support_message m WHERE ${visible("m")}${keyset} ORDER BY m.created_at DESC, m.id DESC LIMIT ?`,
        [ticketId, ...(page.before ? [page.before] : []), page.limit + 1]
      ),
      manager.execute<{ count: string }[]>(`SELECT count(*) AS count FROM support_message m WHERE ${visible("m")}`, [
        ticketId,
      ]),
    ])
    return {
      ids: rows.slice(0, page.limit).map((r) => r.id).reverse(),
      count: Number(countRows[0]?.count ?? 0),
      hasMore: rows.length > page.limit,
    }
  }

  /**
   * The requester's ticket counts in one statement: all of theirs (`customer_id`, or `email` for a
   * guest, as the context matches them) and those still open or pending.
   */
  @InjectManager()
  async countRequesterTickets(
    requester: { customer_id: string } | { email: string },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ total: number; open: number }> {
    const [column, value] = "customer_id" in requester ? ["customer_id", requester.customer_id] : ["email", requester.email]
    const [row] = await sharedContext.manager!.execute<{ total: string; open: string }[]>(
      `SELECT count(*) AS total, count(*) FILTER (WHERE status IN ('open', 'pending')) AS open
       FROM support_ticket WHERE ${column} = ? AND deleted_at IS NULL`,
      [value]
    )
    return { total: Number(row?.total ?? 0), open: Number(row?.open ?? 0) }
  }

  /**
   * Counts one request (or `amount`, e.g. bytes) of `client` under `rule` and says whether the
   * sliding window ending now (domain/rate-limit-window.ts) is within `limit`: one upsert of the
   * current fixed window's counter, read with the previous window's. The counter is an integer
   * column: it saturates at 2e9, which is also the largest `max` the options accept.
   */
  @InjectManager()
  async hitRateLimit(
    rule: string,
    client: string,
    limit: { max: number; windowSeconds: number },
    /** What this request counts for: 1 request, or e.g. its bytes. */
    amount: number = 1,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ allowed: boolean; count: number; retryAfterSeconds: number }> {
    const window = rateWindowAt(Date.now(), limit.windowSeconds)
    // Kept for two windows: the next window reads it as its previous one.
    const expires = new Date(window.start + 2 * window.windowMs)
    const [row] = await sharedContext.manager!.execute<{ count: number; previous: number | null }[]>(
      `WITH hit AS (
         INSERT INTO support_rate_limit (id, count, expires_at) VALUES (?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET count = LEAST(support_rate_limit.count + excluded.count, 2000000000), updated_at = now()
         RETURNING count
       )
       SELECT hit.count, (SELECT p.count FROM support_rate_limit p WHERE p.id = ?) AS previous FROM hit`,
      [
        `${rule}:${client}:${window.start}`,
        Math.min(Math.max(0, Math.floor(amount)), 2_000_000_000),
        expires,
        `${rule}:${client}:${window.previousStart}`,
      ]
    )
    const current = Number(row.count)
    const previous = Number(row.previous ?? 0)
    return {
      allowed: slidingCount(current, previous, window) <= limit.max,
      count: current,
      retryAfterSeconds: retryAfterSeconds(current, previous, limit.max, window),
    }
  }

  @InjectManager()
  async deleteExpiredRateLimits(@MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<number> {
    const rows = await sharedContext.manager!.execute<{ id: string }[]>(
      "DELETE FROM support_rate_limit WHERE expires_at < now() RETURNING id"
    )
    return rows.length
  }

  /**
   * Writes `values` to one ticket only if its version is still `expectedVersion` (null: whatever
   * it is, for compensations), bumping the version and updated_at. Returns false when another
   * writer got there first; the caller re-reads and recomputes.
   */
  @InjectManager()
  async updateTicketIfVersion(
    id: string,
    expectedVersion: number | null,
    values: Record<string, unknown>,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<boolean> {
    const knex = sharedContext.manager!.getKnex()
    let query = knex("support_ticket").where({ id }).whereNull("deleted_at")
    if (expectedVersion !== null) query = query.andWhere({ version: expectedVersion })
    const rows = await query
      .update({ ...values, version: knex.raw("version + 1"), updated_at: knex.fn.now() })
      .returning("id")
    return rows.length > 0
  }

  /**
   * Marks messages as searched through their own index (support_message.search_overflow), by id
   * or every message of the given tickets, and their tickets as having such messages.
   */
  @InjectManager()
  async markMessagesSearchOverflow(
    which: { ids?: string[]; ticket_ids?: string[] },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    const knex = sharedContext.manager!.getKnex()
    const messages = () =>
      which.ids?.length ? knex("support_message").whereIn("id", which.ids) : knex("support_message").whereIn("ticket_id", which.ticket_ids ?? [])
    if (!which.ids?.length && !which.ticket_ids?.length) return
    await messages().where({ search_overflow: false }).update({ search_overflow: true })
    await knex("support_ticket")
      .whereIn("id", messages().select("ticket_id"))
      .where({ search_overflow: false })
      .update({ search_overflow: true })
  }

  /**
   * Replaces a settings section's value in one statement. The generated update deep-merges a JSON
   * column into what is stored (MikroORM `mergeObjectProperties`), which would keep a removed key
   * (a currency's approval limit, ...). False when the row does not exist.
   */
  @InjectManager()
  async replaceSupportSettingValue(
    id: string,
    value: Record<string, unknown>,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<boolean> {
    const rows = await sharedContext.manager!.execute<{ id: string }[]>(
      `UPDATE support_setting SET value = CAST(? AS jsonb), updated_at = now() WHERE id = ? AND deleted_at IS NULL RETURNING id`,
      [JSON.stringify(value), id]
    )
    return rows.length > 0
  }

  /** Adds `delta` to a canned reply's usage count in one statement (never below zero). */
  @InjectManager()
  async incrementCannedReplyUsage(
    id: string,
    delta: number,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<boolean> {
    const rows = await sharedContext.manager!.execute<{ id: string }[]>(
      `UPDATE support_canned_reply SET usage_count = GREATEST(usage_count + ?, 0), updated_at = now()
       WHERE id = ? AND deleted_at IS NULL RETURNING id`,
      [delta, id]
    )
    return rows.length > 0
  }

  /**
   * Records a mail to send once: inserts the delivery unless one with the same idempotency key
   * exists (the unique index decides, whatever runs concurrently). `created` is false for a repeat.
   */
  @InjectManager()
  async recordEmailDelivery(
    row: {
      ticket_id: string
      message_id: string | null
      kind: string
      recipient: string
      idempotency_key: string
      status: "pending" | "suppressed"
      last_error?: string | null
      payload: Record<string, unknown> | null
    },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ id: string; created: boolean }> {
    const manager = sharedContext.manager!
    const inserted = await manager.execute<{ id: string }[]>(
      `INSERT INTO support_email_delivery (id, ticket_id, message_id, kind, recipient, idempotency_key, status, last_error, payload)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
       ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
      [
        generateEntityId(undefined, "supmail"),
        row.ticket_id,
        row.message_id,
        row.kind,
        row.recipient,
        row.idempotency_key,
        row.status,
        row.last_error ?? null,
        row.payload === null ? null : JSON.stringify(row.payload),
      ]
    )
    if (inserted.length) return { id: inserted[0].id, created: true }
    const [existing] = await manager.execute<{ id: string }[]>(
      "SELECT id FROM support_email_delivery WHERE idempotency_key = ?",
      [row.idempotency_key]
    )
    return { id: existing.id, created: false }
  }

  /**
   * Takes one attempt at a delivery: only a pending or failed row that is due and under
   * `maxAttempts`; counts the attempt and leases the row for `leaseSeconds` (next_attempt_at), so
   * a concurrent run (a retried subscriber, the retry job on another instance) finds nothing to do.
   */
  @InjectManager()
  async claimEmailDelivery(
    id: string,
    opts: { maxAttempts: number; leaseSeconds: number },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ id: string; attempts: number; idempotency_key: string; recipient: string; payload: unknown } | null> {
    const rows = await sharedContext.manager!.execute<
      { id: string; attempts: number; idempotency_key: string; recipient: string; payload: unknown }[]
    >(
      `UPDATE support_email_delivery
         SET attempts = attempts + 1, status = 'pending', next_attempt_at = now() + make_interval(secs => ?), updated_at = now()
       WHERE id = ? AND deleted_at IS NULL AND status IN ('pending', 'failed') AND attempts < ?
         AND (next_attempt_at IS NULL OR next_attempt_at <= now())
       RETURNING id, attempts, idempotency_key, recipient, payload`,
      [opts.leaseSeconds, id, opts.maxAttempts]
    )
    return rows[0] ?? null
  }

  /** The outcome of a claimed attempt; a sent mail's payload is dropped. */
  @InjectManager()
  async finishEmailDelivery(
    id: string,
    outcome: { status: "sent" } | { status: "failed"; error: string; retryInSeconds: number | null },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    const manager = sharedContext.manager!
    if (outcome.status === "sent") {
      await manager.execute(
        `UPDATE support_email_delivery SET status = 'sent', sent_at = now(), last_error = NULL, next_attempt_at = NULL, payload = NULL, updated_at = now() WHERE id = ?`,
        [id]
      )
      return
    }
    await manager.execute(
      `UPDATE support_email_delivery SET status = 'failed', last_error = ?,
         next_attempt_at = CASE WHEN ?::int IS NULL THEN NULL ELSE now() + make_interval(secs => ?::int) END, updated_at = now()
       WHERE id = ?`,
      [outcome.error.slice(0, 1000), outcome.retryInSeconds, outcome.retryInSeconds, id]
    )
  }

  /**
   * For a ticket page, in one statement on the ticket_id index: the mail about the given messages,
   * and (when `ticketMailLimit` > 0) the newest mail about the ticket itself.
   */
  @InjectManager()
  async listThreadEmailDeliveries(
    ticketId: string,
    messageIds: string[],
    ticketMailLimit: number,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    const columns = "message_id, kind, recipient, status, attempts, last_error, updated_at"
    return sharedContext.manager!.execute<
      { message_id: string | null; kind: string; recipient: string; status: string; attempts: number; last_error: string | null; updated_at: Date }[]
    >(
      `(SELECT ${columns} FROM support_email_delivery
         WHERE ticket_id = ? AND deleted_at IS NULL
           AND message_id IN (SELECT value FROM json_array_elements_text(?::json)) ORDER BY updated_at)
       UNION ALL
       (SELECT ${columns} FROM support_email_delivery
         WHERE ticket_id = ? AND deleted_at IS NULL AND message_id IS NULL ORDER BY created_at DESC LIMIT ?)`,
      // One JSON parameter: knex would expand an array parameter into a list of values.
      [ticketId, JSON.stringify(messageIds), ticketId, ticketMailLimit]
    )
  }

  /** Deliveries the retry job should try again now (failed, or a lease that ran out), oldest first. */
  @InjectManager()
  async listDueEmailDeliveryIds(
    opts: { maxAttempts: number; limit: number },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<string[]> {
    const rows = await sharedContext.manager!.execute<{ id: string }[]>(
      `SELECT id FROM support_email_delivery
       WHERE status IN ('pending', 'failed') AND deleted_at IS NULL AND attempts < ?
         AND ((next_attempt_at IS NOT NULL AND next_attempt_at <= now())
           -- recorded but never tried (the process stopped in between)
           OR (next_attempt_at IS NULL AND status = 'pending' AND created_at < now() - interval '5 minutes'))
       ORDER BY next_attempt_at LIMIT ?`,
      [opts.maxAttempts, opts.limit]
    )
    return rows.map((r) => r.id)
  }

  /**
   * A page of knowledge-base article ids, best match first, and how many match in all: the words
   * the query's typos may stand for (the typo dictionary, when a word is long enough), then one
   * statement for the page, both with bound parameters (domain/articles/search.ts).
   */
  @InjectManager()
  async searchArticleIds(
    filters: ArticleSearchFilters,
    page: ArticleSearchPage,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ ids: string[]; count: number }> {
    const { rows, count } = await this.searchArticleRows(filters, page, {}, sharedContext)
    return { ids: rows.map((r) => r.id), count }
  }

  /**
   * searchArticleIds with, for `summary`, each row's store-list columns and category
   * (ARTICLE_SUMMARY_COLUMNS, `category` as JSON or null) from the same statement.
   */
  @InjectManager()
  async searchArticleRows(
    filters: ArticleSearchFilters,
    page: ArticleSearchPage,
    opts: { summary?: boolean } = {},
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ rows: ({ id: string } & Record<string, unknown>)[]; count: number }> {
    const lookup = filters.q ? buildTypoWordsQuery(articleQueryTerms(filters.q)) : null
    const typo = lookup
      ? typoQueries(await sharedContext.manager!.execute<{ i: number; term: string }[]>(lookup.sql, lookup.params))
      : undefined
    const run = async (p: ArticleSearchPage) => {
      const { sql, params } = buildArticleSearchQuery(filters, p, typo, opts)
      return sharedContext.manager!.execute<({ id: string; total: string } & Record<string, unknown>)[]>(sql, params)
    }
    const rows = await run(page)
    const count = Number(rows[0]?.total ?? 0)
    if (rows.length || page.offset === 0) return { rows: rows.map(({ total: _total, ...row }) => row as { id: string }), count }
    // Past the last match the window count has no row to ride on: count with the first row.
    const first = await run({ limit: 1, offset: 0 })
    return { rows: [], count: Number(first[0]?.total ?? 0) }
  }

  /**
   * Records one visitor's feedback (`helpful` true/false) or deflection on a live, published
   * article and bumps its counter, in one statement: the insert and the counter go together, and
   * the unique index on (article_id, visitor_key, kind) makes a second one - concurrent or later,
   * on any server - count nothing. Returns the new feedback row's id, or null when not counted.
   */
  @InjectManager()
  async recordArticleVisit(
    input: { article_id: string; visitor_key: string; kind: "feedback" | "deflection"; helpful?: boolean | null },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<string | null> {
    const counter =
      input.kind === "deflection"
        ? "deflection_count = deflection_count + 1"
        : input.helpful
          ? "helpful_count = helpful_count + 1"
          : "not_helpful_count = not_helpful_count + 1"
    const rows = await sharedContext.manager!.execute<{ id: string }[]>(
      `WITH article AS (
         SELECT id FROM support_article WHERE id = ? AND published AND deleted_at IS NULL
       ), vote AS (
         INSERT INTO support_article_feedback (id, article_id, visitor_key, kind, helpful)
         SELECT ?, id, ?, ?, ? FROM article
         ON CONFLICT (article_id, visitor_key, kind) WHERE deleted_at IS NULL DO NOTHING
         RETURNING id, article_id
       ), counted AS (
         UPDATE support_article SET ${counter} WHERE id IN (SELECT article_id FROM vote) RETURNING id
       )
       SELECT vote.id FROM vote JOIN counted ON counted.id = vote.article_id`,
      [
        input.article_id,
        generateEntityId(undefined, "supafb"),
        input.visitor_key,
        input.kind,
        input.kind === "feedback" ? !!input.helpful : null,
      ]
    )
    return rows[0]?.id ?? null
  }

  /** Undoes recordArticleVisit (a compensation): the row goes, the counter goes back down. */
  @InjectManager()
  async undoArticleVisit(feedbackId: string, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<void> {
    await sharedContext.manager!.execute(
      `WITH gone AS (DELETE FROM support_article_feedback WHERE id = ? RETURNING article_id, kind, helpful)
       UPDATE support_article a SET
         deflection_count = GREATEST(deflection_count - (g.kind = 'deflection')::int, 0),
         helpful_count = GREATEST(helpful_count - (g.kind = 'feedback' AND g.helpful)::int, 0),
         not_helpful_count = GREATEST(not_helpful_count - (g.kind = 'feedback' AND NOT g.helpful)::int, 0)
       FROM gone g WHERE a.id = g.article_id`,
      [feedbackId]
    )
  }

  /** One more view of an article, in one statement (updated_at untouched: a view is no edit). */
  @InjectManager()
  async incrementArticleViews(id: string, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<void> {
    await sharedContext.manager!.execute(
      `UPDATE support_article SET view_count = LEAST(view_count + 1, 2000000000) WHERE id = ? AND deleted_at IS NULL`,
      [id]
    )
  }

  /**
   * Writes a ticket's SLA columns (domain/sla) and nothing else: no version bump and no
   * updated_at, so an agent's open view of the ticket does not turn stale because a clock moved.
   * Callers hold the ticket lock.
   */
  @InjectManager()
  async updateTicketSlaColumns(
    id: string,
    values: Record<string, unknown>,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    if (!Object.keys(values).length) return
    await sharedContext.manager!.getKnex()("support_ticket").where({ id }).update(values)
  }

  /**
   * Records SLA breaches: flags up to `limit` tickets whose running clock is due at or before
   * `now` and adds an internal system line to each, in ONE statement (a conditional
   * UPDATE ... RETURNING feeding an INSERT), so a flag never exists without its line. Concurrent
   * callers never both get a ticket: Postgres re-checks `sla_breached = false` on a row another
   * transaction just flagged, so each breach is returned (and written) exactly once, however many
   * workers run this.
   */
  @InjectManager()
  async recordSlaBreaches(
    now: Date,
    limit: number,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ id: string; message_id: string; clocks: ("first_response" | "resolution")[] }[]> {
    const rows = await sharedContext.manager!.execute(
      `WITH flagged AS (
         UPDATE support_ticket t SET sla_breached = true, sla_breached_at = ?
          WHERE t.id IN (
            SELECT id FROM (
              (SELECT id FROM support_ticket WHERE deleted_at IS NULL AND sla_breached = false
                 AND first_response_due_at IS NOT NULL AND first_response_due_at <= ? LIMIT ?)
              UNION
              (SELECT id FROM support_ticket WHERE deleted_at IS NULL AND sla_breached = false
                 AND resolution_due_at IS NOT NULL AND resolution_due_at <= ? LIMIT ?)
            ) due LIMIT ?
          )
          AND t.sla_breached = false
        RETURNING t.id, t.first_response_due_at, t.resolution_due_at
       ), clocks AS (
         SELECT id, first_response_due_at, resolution_due_at,
                array_remove(ARRAY[
                  CASE WHEN first_response_due_at <= ? THEN 'first_response' END,
                  CASE WHEN resolution_due_at <= ? THEN 'resolution' END
                ], NULL) AS clocks
           FROM flagged
       ), lines AS (
         INSERT INTO support_message (id, ticket_id, author_type, body, internal, metadata, created_at, updated_at)
         SELECT 'supmsg_' || upper(substr(replace(gen_random_uuid()::text, '-', ''), 1, 26)), c.id, 'system',
                'SLA breached: ' || array_to_string(ARRAY[
                  CASE WHEN 'first_response' = ANY(c.clocks) THEN 'first response was due ' || to_char(c.first_response_due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') || ' UTC' END,
                  CASE WHEN 'resolution' = ANY(c.clocks) THEN 'resolution was due ' || to_char(c.resolution_due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') || ' UTC' END
                ], '; '),
                true,
                jsonb_build_object('event', 'sla_breached', 'clocks', to_jsonb(c.clocks),
                  'first_response_due_at', c.first_response_due_at, 'resolution_due_at', c.resolution_due_at),
                ?, ?
           FROM clocks c
         RETURNING id, ticket_id
       )
       SELECT c.id, l.id AS message_id, c.clocks FROM clocks c JOIN lines l ON l.ticket_id = c.id`,
      [now, now, limit, now, limit, limit, now, now, now, now]
    )
    return rows as any
  }

  /** Undoes recordSlaBreaches (a compensation): the flags and their lines. */
  @InjectManager()
  async undoSlaBreaches(
    breaches: { id: string; message_id: string }[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    if (!breaches.length) return
    const knex = sharedContext.manager!.getKnex()
    await knex("support_message").whereIn("id", breaches.map((b) => b.message_id)).delete()
    await knex("support_ticket").whereIn("id", breaches.map((b) => b.id)).update({ sla_breached: false, sla_breached_at: null })
  }

  /**
   * Claims the right to send a requester an auto-acknowledgement: true at most once per
   * `windowMinutes` per requester key, on any number of instances (one conditional upsert).
   */
  @InjectManager()
  async claimAutoAcknowledgement(
    requesterKey: string,
    now: Date,
    windowMinutes: number,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ claimed: boolean; previous: Date | null }> {
    const since = new Date(now.getTime() - windowMinutes * 60_000)
    const rows = await sharedContext.manager!.execute(
      `WITH prev AS (SELECT last_sent_at FROM support_auto_acknowledgement WHERE id = ?)
       INSERT INTO support_auto_acknowledgement (id, last_sent_at) VALUES (?, ?)
       ON CONFLICT (id) DO UPDATE SET last_sent_at = EXCLUDED.last_sent_at, updated_at = now(), deleted_at = NULL
         WHERE support_auto_acknowledgement.last_sent_at <= ? OR support_auto_acknowledgement.deleted_at IS NOT NULL
       RETURNING (SELECT last_sent_at FROM prev) AS previous`,
      [requesterKey, requesterKey, now, since]
    )
    return { claimed: rows.length > 0, previous: rows[0]?.previous ?? null }
  }

  /** Gives a claim back (the compensation of a failed acknowledgement). */
  @InjectManager()
  async releaseAutoAcknowledgement(
    requesterKey: string,
    previous: Date | null,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    const knex = sharedContext.manager!.getKnex()
    if (previous) await knex("support_auto_acknowledgement").where({ id: requesterKey }).update({ last_sent_at: previous })
    else await knex("support_auto_acknowledgement").where({ id: requesterKey }).delete()
  }

  /**
   * The next round-robin turn of an assignment group (1, 2, ...), one atomic increment: concurrent
   * tickets each get their own turn. Null when the group does not exist.
   */
  @InjectManager()
  async nextAssignmentTurn(groupId: string, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<number | null> {
    const rows = await sharedContext.manager!.execute<{ turn: number }[]>(
      `UPDATE support_assignment_group SET turn = CASE WHEN turn >= 2000000000 THEN 1 ELSE turn + 1 END
       WHERE id = ? AND deleted_at IS NULL RETURNING turn`,
      [groupId]
    )
    return rows.length ? Number(rows[0].turn) : null
  }

  /** Open and pending tickets per assignee (the fewest-open strategy), from the assignee + status index. */
  @InjectManager()
  async countOpenTicketsByAssignee(
    assigneeIds: string[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<Record<string, number>> {
    if (!assigneeIds.length) return {}
    const rows = await sharedContext.manager!.execute<{ assignee_id: string; count: string }[]>(
      `SELECT assignee_id, count(*) AS count FROM support_ticket
       WHERE assignee_id IN (${assigneeIds.map(() => "?").join(", ")}) AND status IN ('open', 'pending') AND deleted_at IS NULL
       GROUP BY assignee_id`,
      assigneeIds
    )
    return Object.fromEntries(rows.map((r) => [r.assignee_id, Number(r.count)]))
  }

  /**
   * Claims up to `limit` tickets idle for an idle rule: not changed for `hours` (updated_at), in
   * `status` (open or pending when null), not merged away, and not yet claimed for this rule in
   * this idle period. One INSERT ... SELECT: the unique (rule, ticket, idle_since) index makes each
   * claim once-only, also with several workers on the same tick. Returns the claimed ticket ids.
   */
  @InjectManager()
  async claimIdleTickets(
    rule: { id: string; hours: number; status: string | null },
    limit: number,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<string[]> {
    const statuses = rule.status ? [rule.status] : ["open", "pending"]
    const rows = await sharedContext.manager!.execute<{ ticket_id: string }[]>(
      `INSERT INTO support_rule_idle_run (id, rule_id, ticket_id, idle_since)
       SELECT 'supidle_' || replace(gen_random_uuid()::text, '-', ''), ?, t.id, t.updated_at
       FROM support_ticket t
       WHERE t.status IN (${statuses.map(() => "?").join(", ")}) AND t.deleted_at IS NULL AND t.merged_into_id IS NULL
         AND t.updated_at <= now() - make_interval(hours => ?)
         AND NOT EXISTS (SELECT 1 FROM support_rule_idle_run r WHERE r.rule_id = ? AND r.ticket_id = t.id AND r.idle_since = t.updated_at)
       ORDER BY t.updated_at
       LIMIT ?
       ON CONFLICT DO NOTHING
       RETURNING ticket_id`,
      [rule.id, ...statuses, rule.hours, rule.id, limit]
    )
    return rows.map((r) => r.ticket_id)
  }

  /**
   * Recomputes and stores tickets' priority scores (domain/priority) in one read and one write,
   * without touching updated_at or version (a score moving is not an edit). `ids`: those tickets,
   * plus (with `siblings`) up to 200 open or pending tickets of the same requesters, whose
   * rare-writer part a new ticket changes. `stale_before`: up to `limit` open or pending tickets
   * scored before that time (or never), oldest first - the priority job. The requester's count is
   * their tickets created in the window (by customer_id, else by email), this one included.
   * Returns what was there before, for a compensation.
   */
  @InjectManager()
  async refreshPriorityScores(
    selector: { ids: string[]; siblings?: boolean } | { stale_before: Date; limit: number },
    settings: PrioritySettings,
    now: Date,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<PriorityScoreRow[]> {
    const manager = sharedContext.manager!
    const since = new Date(now.getTime() - settings.window_days * 86_400_000)
    const count = (column: string) =>
      `(SELECT count(*) FROM support_ticket o WHERE o.${column} = t.${column} AND o.deleted_at IS NULL AND (o.created_at > ? OR o.id = t.id))`
    const columns = `t.id, t.priority, t.status, t.first_response_due_at, t.resolution_due_at,
       t.priority_score, t.priority_explanation, t.priority_scored_at,
       CASE WHEN t.customer_id IS NOT NULL THEN ${count("customer_id")}
            WHEN t.email IS NOT NULL THEN ${count("email")} ELSE 1 END AS requester_tickets`
    let rows: any[]
    if ("ids" in selector) {
      if (!selector.ids.length) return []
      const list = selector.ids.map(() => "?").join(", ")
      rows = await manager.execute(
        `SELECT ${columns} FROM support_ticket t WHERE t.id IN (${list}) AND t.deleted_at IS NULL`,
        [since, since, ...selector.ids]
      )
      if (selector.siblings) {
        const siblings = await manager.execute(
          `WITH src AS (SELECT customer_id, email FROM support_ticket WHERE id IN (${list}))
           SELECT ${columns} FROM support_ticket t
           WHERE t.deleted_at IS NULL AND t.status IN ('open', 'pending') AND t.id NOT IN (${list})
             AND (t.customer_id IN (SELECT customer_id FROM src WHERE customer_id IS NOT NULL)
                  OR (t.customer_id IS NULL AND t.email IN (SELECT email FROM src WHERE email IS NOT NULL)))
           LIMIT 200`,
          [...selector.ids, since, since, ...selector.ids]
        )
        rows.push(...siblings)
      }
    } else {
      rows = await manager.execute(
        `SELECT ${columns} FROM support_ticket t
         WHERE t.deleted_at IS NULL AND t.status IN ('open', 'pending')
           AND (t.priority_scored_at IS NULL OR t.priority_scored_at < ?)
         ORDER BY t.priority_scored_at ASC NULLS FIRST LIMIT ?`,
        [since, since, selector.stale_before, selector.limit]
      )
    }
    if (!rows.length) return []
    const primary = "ids" in selector ? new Set(selector.ids) : null
    const next = rows.map((r) => {
      const explanation = scorePriority(
        { ...r, requester_tickets: Number(r.requester_tickets) },
        settings,
        now
      )
      return { id: r.id, priority_score: explanation.score, priority_explanation: explanation, priority_scored_at: now }
    })
    if (primary) {
      await this.writePriorityScores(next.filter((r) => primary.has(r.id)), false, sharedContext)
      // Siblings are a courtesy (their scores also follow on the job's next run): never wait for them.
      await this.writePriorityScores(next.filter((r) => !primary.has(r.id)), true, sharedContext)
    } else {
      await this.writePriorityScores(next, true, sharedContext)
    }
    return rows.map((r) => ({
      id: r.id,
      priority_score: Number(r.priority_score),
      priority_explanation: r.priority_explanation ?? null,
      priority_scored_at: r.priority_scored_at ?? null,
    }))
  }

  /**
   * Writes stored scores as given (refreshPriorityScores, and its compensation), in one statement
   * that first locks the rows in id order: concurrent rescorings of overlapping tickets (a
   * requester's burst of new tickets rescoring each other) then queue instead of deadlocking.
   * With `skipLocked` rows another rescoring holds are left to it.
   */
  @InjectManager()
  async writePriorityScores(
    rows: PriorityScoreRow[],
    skipLocked = false,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    if (!rows.length) return
    // One JSON parameter: knex would expand an array parameter into a list of values.
    await sharedContext.manager!.execute(
      `WITH v AS (
         SELECT * FROM jsonb_to_recordset(?::jsonb) AS v(id text, priority_score integer, priority_explanation jsonb, priority_scored_at timestamptz)
       ), locked AS (
         SELECT t.id FROM support_ticket t WHERE t.id IN (SELECT id FROM v) ORDER BY t.id FOR UPDATE${skipLocked ? " SKIP LOCKED" : ""}
       )
       UPDATE support_ticket t
          SET priority_score = v.priority_score, priority_explanation = v.priority_explanation, priority_scored_at = v.priority_scored_at
         FROM v WHERE t.id = v.id AND t.id IN (SELECT id FROM locked)`,
      [JSON.stringify(rows)]
    )
  }

  /** Marks every open and pending ticket's score stale (the priority settings changed): the job rescores them. */
  @InjectManager()
  async markPriorityScoresStale(@MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<void> {
    await sharedContext.manager!.execute(
      `UPDATE support_ticket SET priority_scored_at = NULL
       WHERE deleted_at IS NULL AND status IN ('open', 'pending') AND priority_scored_at IS NOT NULL`
    )
  }

  /**
   * Tickets due for an auto-close move (domain/auto-close autoCloseCutoffs), oldest first, with
   * the updated_at they were read at: the move is written only if the ticket did not change since.
   * - close: solved at or before `before`;
   * - remind: pending, nothing the shopper sees changed since `before`, no reminder in this wait;
   * - solve: pending, reminded at or before `before`, and nothing the shopper sees changed since.
   */
  @InjectManager()
  async listAutoCloseCandidates(
    kind: "close" | "remind" | "solve",
    before: Date,
    limit: number,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ id: string; updated_at: Date }[]> {
    const where = {
      close: `status = 'solved' AND solved_at <= ? AND merged_into_id IS NULL`,
      remind: `status = 'pending' AND public_updated_at <= ? AND merged_into_id IS NULL
               AND (pending_reminder_at IS NULL OR pending_reminder_at < public_updated_at)`,
      solve: `status = 'pending' AND pending_reminder_at <= ? AND merged_into_id IS NULL
              AND public_updated_at <= pending_reminder_at`,
    }[kind]
    const order = { close: "solved_at", remind: "public_updated_at", solve: "pending_reminder_at" }[kind]
    return sharedContext.manager!.execute(
      `SELECT id, updated_at FROM support_ticket WHERE deleted_at IS NULL AND ${where} ORDER BY ${order} ASC LIMIT ?`,
      [before, limit]
    )
  }

  /**
   * Claims the pending reminder of a ticket, once per wait, in one conditional UPDATE: still
   * pending, quiet since `quietBefore` and not yet reminded in this wait. Concurrent claims of the
   * same ticket: Postgres re-checks the condition on the row the winner just wrote, so only one
   * gets it. Returns whether this caller got it, and the value to put back on failure.
   */
  @InjectManager()
  async claimPendingReminder(
    id: string,
    quietBefore: Date,
    now: Date,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ claimed: boolean; previous: Date | null }> {
    const rows = await sharedContext.manager!.execute(
      `WITH prev AS (SELECT pending_reminder_at FROM support_ticket WHERE id = ?)
       UPDATE support_ticket SET pending_reminder_at = ?
        WHERE id = ? AND deleted_at IS NULL AND status = 'pending' AND public_updated_at <= ?
          AND (pending_reminder_at IS NULL OR pending_reminder_at < public_updated_at)
       RETURNING (SELECT pending_reminder_at FROM prev) AS previous`,
      [id, now, id, quietBefore]
    )
    return { claimed: rows.length > 0, previous: rows[0]?.previous ?? null }
  }

  /** Gives a reminder claim back (the compensation of a failed reminder). */
  @InjectManager()
  async releasePendingReminder(id: string, previous: Date | null, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<void> {
    await sharedContext.manager!.getKnex()("support_ticket").where({ id }).update({ pending_reminder_at: previous })
  }

  /** The ids of a privacy request's tickets, oldest first (privacy-store.ts). */
  @InjectManager()
  async listRequesterTicketIds(
    selector: RequesterSelector,
    options: { withDeleted: boolean },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<string[]> {
    return requesterTicketIds(sharedContext.manager!, selector, options)
  }

  /** Erases the requester's personal data from these tickets in one transaction (privacy-store.ts). */
  @InjectTransactionManager()
  async eraseRequesterTickets(
    ticketIds: string[],
    uploader: string | null,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<ErasureResult> {
    return eraseTickets(sharedContext.transactionManager!, ticketIds, uploader)
  }

  /** Writes back what eraseRequesterTickets replaced (its compensation). */
  @InjectTransactionManager()
  async restoreErasedTickets(
    snapshot: ErasureSnapshot,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    await restoreErasedTickets(sharedContext.transactionManager!, snapshot)
  }

  /** Survey answers in [from, to): totals, per agent (assignee at solve) and per canned reply used (domain/surveys/results-query.ts). */
  @InjectManager()
  async surveyResults(
    from: Date,
    to: Date,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{
    totals: SurveyMeasures
    byAgent: (SurveyMeasures & { assignee_id: string | null })[]
    byCannedReply: (SurveyMeasures & { canned_reply_id: string; title: string | null })[]
  }> {
    const q = surveyResultsQueries(from, to)
    const manager = sharedContext.manager!
    const [totals, byAgent, byCannedReply] = await Promise.all([
      manager.execute(q.totals.sql, q.totals.params),
      manager.execute(q.byAgent.sql, q.byAgent.params),
      manager.execute(q.byCannedReply.sql, q.byCannedReply.params),
    ])
    return { totals: totals[0] as SurveyMeasures, byAgent: byAgent as any, byCannedReply: byCannedReply as any }
  }

  /** A page of canned replies with their effectiveness figures for uses in [from, to) (domain/canned-effectiveness/query.ts). */
  @InjectManager()
  async cannedReplyEffectiveness(
    opts: { from: Date; to: Date; limit: number; offset: number; order: EffectivenessOrder },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ rows: CannedEffectivenessRow[]; count: number }> {
    const q = cannedEffectivenessQuery(opts)
    const manager = sharedContext.manager!
    const [rows, count] = await Promise.all([manager.execute(q.page.sql, q.page.params), manager.execute(q.count.sql, q.count.params)])
    return { rows: rows as CannedEffectivenessRow[], count: Number(count[0]?.count ?? 0) }
  }

  /**
   * Claims one proactive event (support_proactive_event.event_key is unique): true for the one
   * caller that inserted the row, false for every other, on any number of workers.
   */
  @InjectManager()
  async claimProactiveEvent(
    claim: { event_key: string; kind: string; order_id: string },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ claimed: boolean; id: string | null }> {
    const id = generateEntityId(undefined, "supproa")
    const rows = await sharedContext.manager!.execute(
      `INSERT INTO support_proactive_event (id, event_key, kind, order_id) VALUES (?, ?, ?, ?)
       ON CONFLICT (event_key) DO NOTHING RETURNING id`,
      [id, claim.event_key, claim.kind, claim.order_id]
    )
    return { claimed: rows.length > 0, id: rows[0]?.id ?? null }
  }

  /** Gives a claim back (the compensation of a failed run), so a redelivery can act on the event. */
  @InjectManager()
  async releaseProactiveEvent(id: string, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<void> {
    await sharedContext.manager!.getKnex()("support_proactive_event").where({ id }).delete()
  }
}

export default HelpdeskModuleService
