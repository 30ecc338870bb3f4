import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { chainFromEvent, planRules } from "../../modules/helpdesk/domain/rules/engine"
import { RuleTrigger } from "../../modules/helpdesk/domain/rules/schema"
import { loadRuleRun } from "./steps/load-rule-run"
import { runTicketRulesWorkflow } from "./workflows/run-ticket-rules"

type Resolver = Pick<MedusaContainer, "resolve">

/**
 * Runs the rules of `trigger` for a ticket event (the subscribers' one entry point). A store with
 * no enabled rule for the trigger pays one indexed query, not a workflow run; when rules exist,
 * they are first planned on the facts read without the ticket's lock, and only a plan in which a
 * rule fires starts the workflow (which reads and plans again under the lock, so a change in
 * between is never missed or acted on twice). A failing run is logged, never thrown: the event
 * that caused it has already been committed.
 */
export async function runRulesForEvent(
  container: Resolver,
  trigger: RuleTrigger,
  data: { id?: string; message_id?: string; rule_chain?: unknown } | null | undefined
): Promise<void> {
  if (!data?.id) return
  const input = { ticket_id: data.id, trigger, chain: chainFromEvent(data), message_id: data.message_id ?? null }
  try {
    const preview = await loadRuleRun(container, input)
    if (!preview.ticket || !preview.facts) return
    if (!planRules(preview.rules, preview.facts, { trigger, chain: input.chain }).fired.length) return
    await runTicketRulesWorkflow(container as MedusaContainer).run({ input })
  } catch (e) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`helpdesk: rules (${trigger}) on ticket ${data.id} failed: ${(e as Error).message}`)
  }
}
