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
   * Counts one request (or `amount`, e.g. bytes) of `client` under `rule` in the current fixed
   * window, atomically (one upsert), and says whether it is within `limit`. The counter is an
   * integer column: it saturates at 2e9, which is also the largest `max` the options accept.
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
    const windowMs = limit.windowSeconds * 1000
    const start = Math.floor(Date.now() / windowMs) * windowMs
    const expires = new Date(start + windowMs)
    const [row] = await sharedContext.manager!.execute<{ count: number }[]>(
      `INSERT INTO support_rate_limit (id, count, expires_at) VALUES (?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET count = LEAST(support_rate_limit.count + excluded.count, 2000000000), updated_at = now()
       RETURNING count`,
      [`${rule}:${client}:${start}`, Math.min(Math.max(0, Math.floor(amount)), 2_000_000_000), expires]
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
}

export default HelpdeskModuleService
