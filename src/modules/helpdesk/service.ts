import { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { HelpdeskOptions, parseHelpdeskOptions } from "./domain/options"
import { buildInboxQuery, InboxFilters, InboxPage } from "./domain/inbox-query"
import SupportAttachment from "./models/support-attachment"
import SupportCannedReply from "./models/support-canned-reply"
import SupportMessage from "./models/support-message"
import SupportRateLimit from "./models/support-rate-limit"
import SupportTicket from "./models/support-ticket"

class HelpdeskModuleService extends MedusaService({
  SupportTicket,
  SupportMessage,
  SupportAttachment,
  SupportCannedReply,
  SupportRateLimit,
}) {
  protected readonly options_: HelpdeskOptions

  constructor(container: Record<string, unknown>, options: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = parseHelpdeskOptions(options)
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
   * Counts one request of `client` under `rule` in the current fixed window, atomically (one
   * upsert), and says whether it is within `limit`.
   */
  @InjectManager()
  async hitRateLimit(
    rule: string,
    client: string,
    limit: { max: number; windowSeconds: number },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ allowed: boolean; count: number; retryAfterSeconds: number }> {
    const windowMs = limit.windowSeconds * 1000
    const start = Math.floor(Date.now() / windowMs) * windowMs
    const expires = new Date(start + windowMs)
    const [row] = await sharedContext.manager!.execute<{ count: number }[]>(
      `INSERT INTO support_rate_limit (id, count, expires_at) VALUES (?, 1, ?)
       ON CONFLICT (id) DO UPDATE SET count = support_rate_limit.count + 1, updated_at = now()
       RETURNING count`,
      [`${rule}:${client}:${start}`, expires]
    )
    const retryAfterSeconds = Math.max(1, Math.ceil((expires.getTime() - Date.now()) / 1000))
    return { allowed: row.count <= limit.max, count: row.count, retryAfterSeconds }
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
}

export default HelpdeskModuleService
