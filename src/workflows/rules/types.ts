import type { RuleInput, RuleUpdate, RuleTrigger } from "../../modules/helpdesk/domain/rules/schema"
import type { RuleChain } from "../../modules/helpdesk/domain/rules/engine"

/** One rule, as POST /admin/support/rules takes it (domain/rules/schema.ts RuleInput). */
export type CreateRuleWorkflowInput = RuleInput
export type UpdateRuleWorkflowInput = { id: string; update: RuleUpdate }
export type DeleteRulesWorkflowInput = { ids: string[] }
/** The rules in their new order: positions become 0, 1, 2... */
export type ReorderRulesWorkflowInput = { ids: string[] }

export type RunTicketRulesWorkflowInput = {
  ticket_id: string
  trigger: RuleTrigger
  /** From the event that caused this run (loop guard); absent for a fresh chain. */
  chain?: RuleChain | null
  /** The message that triggered the run (ticket.customer_replied). */
  message_id?: string | null
  /** Only these rules (the idle job runs one rule per claimed idle period). */
  rule_ids?: string[]
}
