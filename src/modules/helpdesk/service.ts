import { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { HelpdeskOptions, parseHelpdeskOptions } from "./domain/options"
import { buildInboxQuery, InboxFilters, InboxPage } from "./domain/inbox-query"
import SupportAttachment from "./models/support-attachment"
import SupportCannedReply from "./models/support-canned-reply"
import SupportMessage from "./models/support-message"
import SupportTicket from "./models/support-ticket"

class HelpdeskModuleService extends MedusaService({
  SupportTicket,
  SupportMessage,
  SupportAttachment,
  SupportCannedReply,
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
   * One page of the agent inbox: ids in display order plus the total count. Filters, full-text
   * search and sorting run in one SQL statement with bound parameters (see domain/inbox-query.ts);
   * callers then load the fields they need for those ids through Query.
   */
  @InjectManager()
  async listInboxTicketIds(
    filters: InboxFilters,
    page: InboxPage,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ ids: string[]; count: number }> {
    const { sql, params, countSql, countParams } = buildInboxQuery(filters, page)
    const manager = sharedContext.manager!
    const [rows, countRows] = await Promise.all([
      manager.execute<{ id: string }[]>(sql, params),
      manager.execute<{ count: string }[]>(countSql, countParams),
    ])
    return { ids: rows.map((r) => r.id), count: Number(countRows[0]?.count ?? 0) }
  }
}

export default HelpdeskModuleService
