import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { AutomateCannedReplyInput } from "../../../modules/helpdesk/domain/canned-effectiveness/automate"
import { CannedEffectivenessEvents } from "../../../modules/helpdesk/domain/canned-effectiveness/events"
import { createRuleWorkflow } from "../../rules/workflows/rules-crud"
import { buildAutomationRuleStep } from "../steps/build-automation-rule"

export const automateCannedReplyWorkflowId = "automate-support-canned-reply"

export type AutomateCannedReplyWorkflowInput = { canned_reply_id: string } & AutomateCannedReplyInput

/**
 * Switches a canned reply to automatic: creates an enabled rule (through createRuleWorkflow, so
 * the rule schema and its reference checks apply and support_rule.created is emitted) whose one
 * action sends the reply, with the given conditions (all of them by default, `match: "any"` for
 * any) on the given trigger (ticket.created by default). 404 for an unknown reply. Emits
 * support_canned_reply.automated ({ id, rule_id }).
 *
 * @example
 * const { result: rule } = await automateCannedReplyWorkflow(container).run({
 *   input: { canned_reply_id, conditions: [{ field: "subject_or_body", op: "contains", value: ["tracking"] }] },
 * })
 */
export const automateCannedReplyWorkflow = createWorkflow(
  automateCannedReplyWorkflowId,
  (input: WorkflowData<AutomateCannedReplyWorkflowInput>) => {
    const rule = buildAutomationRuleStep(input)
    const created = createRuleWorkflow.runAsStep({ input: rule })
    emitEventStep({
      eventName: CannedEffectivenessEvents.CANNED_REPLY_AUTOMATED,
      data: transform({ input, created }, ({ input, created }) => ({ id: input.canned_reply_id, rule_id: created.id })),
    }).config({ name: "emit-support-canned-reply-automated" })
    return new WorkflowResponse(created)
  }
)
