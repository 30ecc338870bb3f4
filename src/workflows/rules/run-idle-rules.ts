import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../../modules/helpdesk/domain/constants"
import { parseStoredRule } from "../../modules/helpdesk/domain/rules/schema"
import type HelpdeskModuleService from "../../modules/helpdesk/service"
import { runTicketRulesWorkflow } from "./workflows/run-ticket-rules"

/** Tickets claimed per idle rule and tick; the rest wait for the next tick. */
export const IDLE_BATCH = 200

/**
 * One tick of the idle job: for each enabled ticket.idle rule, claim the tickets idle long enough
 * in its status (one atomic INSERT ... SELECT into support_rule_idle_run: once per rule, ticket
 * and idle period, also with several workers), then run that rule on each. A claimed run that
 * fails is logged and not retried: idle rules fire at most once per period.
 */
export async function runIdleRules(container: MedusaContainer, opts: { limit?: number } = {}): Promise<{ claimed: number; fired: number }> {
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const rules = (await helpdesk.listSupportRules({ trigger: "ticket.idle", enabled: true }, { order: { position: "ASC" } }))
    .map(parseStoredRule)
    .filter((r) => !!r && r.idle_hours)
  let claimed = 0
  let fired = 0
  for (const rule of rules) {
    const ids = await helpdesk.claimIdleTickets({ id: rule!.id, hours: rule!.idle_hours!, status: rule!.idle_status ?? null }, opts.limit ?? IDLE_BATCH)
    claimed += ids.length
    for (const ticket_id of ids) {
      try {
        const { result } = await runTicketRulesWorkflow(container).run({ input: { ticket_id, trigger: "ticket.idle", rule_ids: [rule!.id] } })
        fired += result.fired.length
      } catch (e) {
        logger.warn(`helpdesk: idle rule ${rule!.id} on ticket ${ticket_id} failed: ${(e as Error).message}`)
      }
    }
  }
  return { claimed, fired }
}
