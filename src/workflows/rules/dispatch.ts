import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../../modules/helpdesk/domain/constants"
import { chainFromEvent } from "../../modules/helpdesk/domain/rules/engine"
import { RuleTrigger } from "../../modules/helpdesk/domain/rules/schema"
import type HelpdeskModuleService from "../../modules/helpdesk/service"
import { runTicketRulesWorkflow } from "./workflows/run-ticket-rules"

type Resolver = Pick<MedusaContainer, "resolve">

/**
 * Runs the rules of `trigger` for a ticket event (the subscribers' one entry point). A store with
 * no enabled rule for the trigger pays one indexed query, not a workflow run. A failing run is
 * logged, never thrown: the event that caused it has already been committed.
 */
export async function runRulesForEvent(
  container: Resolver,
  trigger: RuleTrigger,
  data: { id?: string; message_id?: string; rule_chain?: unknown } | null | undefined
): Promise<void> {
  if (!data?.id) return
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const [any] = await helpdesk.listSupportRules({ trigger, enabled: true }, { select: ["id"], take: 1 })
  if (!any) return
  try {
    await runTicketRulesWorkflow(container as MedusaContainer).run({
      input: { ticket_id: data.id, trigger, chain: chainFromEvent(data), message_id: data.message_id ?? null },
    })
  } catch (e) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`helpdesk: rules (${trigger}) on ticket ${data.id} failed: ${(e as Error).message}`)
  }
}
