import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { RuleEvents } from "../../../modules/helpdesk/domain/rules/events"
import { RuleInput, RuleUpdate } from "../../../modules/helpdesk/domain/rules/schema"
import { createRuleStep } from "../steps/create-rule"
import { deleteRulesStep } from "../steps/delete-rules"
import { setRulePositionsStep } from "../steps/set-rule-positions"
import { updateRuleStep } from "../steps/update-rule"
import { validateRuleStep } from "../steps/validate-rule"
import {
  CreateRuleWorkflowInput,
  DeleteRulesWorkflowInput,
  ReorderRulesWorkflowInput,
  UpdateRuleWorkflowInput,
} from "../types"

export const createRuleWorkflowId = "create-support-rule"
export const updateRuleWorkflowId = "update-support-rule"
export const deleteRulesWorkflowId = "delete-support-rules"
export const reorderRulesWorkflowId = "reorder-support-rules"

/**
 * Creates an automation rule. The input is validated with the rule schema whoever calls it (an
 * unknown field, operator or action type is a 400), and the agent, group or canned reply its
 * actions name must exist. Without `position` the rule goes last; `enabled` defaults to true.
 *
 * @example
 * const { result: rule } = await createRuleWorkflow(container).run({
 *   input: {
 *     name: "Refunds to billing",
 *     trigger: "ticket.created",
 *     conditions: { any: [{ field: "subject_or_body", op: "contains", value: ["refund", "환불"] }] },
 *     actions: [{ type: "set_category", value: "billing" }, { type: "send_canned_reply", value: cannedReplyId }],
 *   },
 * })
 */
export const createRuleWorkflow = createWorkflow(createRuleWorkflowId, (input: WorkflowData<CreateRuleWorkflowInput>) => {
  const rule = validateRuleStep({ rule: input })
  const created = createRuleStep(rule as WorkflowData<RuleInput>)
  emitEventStep({ eventName: RuleEvents.RULE_CREATED, data: transform({ created }, ({ created }) => ({ id: created.id })) })
  return new WorkflowResponse(created)
})

/** Changes a rule (404 when missing); the same checks as on creation. */
export const updateRuleWorkflow = createWorkflow(updateRuleWorkflowId, (input: WorkflowData<UpdateRuleWorkflowInput>) => {
  const update = validateRuleStep({ id: input.id, update: input.update })
  const updated = updateRuleStep(transform({ input, update }, ({ input, update }) => ({ id: input.id, update: update as RuleUpdate })))
  emitEventStep({ eventName: RuleEvents.RULE_UPDATED, data: transform({ input }, ({ input }) => ({ id: input.id })) })
  return new WorkflowResponse(updated)
})

/** Soft-deletes rules; unknown ids are skipped. */
export const deleteRulesWorkflow = createWorkflow(deleteRulesWorkflowId, (input: WorkflowData<DeleteRulesWorkflowInput>) => {
  const deleted = deleteRulesStep(input.ids)
  emitEventStep({
    eventName: RuleEvents.RULE_DELETED,
    data: transform({ deleted }, ({ deleted }) => deleted.map((id) => ({ id }))),
  })
  return new WorkflowResponse(deleted)
})

/** Puts rules in the given order (the rest keep theirs, after them). */
export const reorderRulesWorkflow = createWorkflow(reorderRulesWorkflowId, (input: WorkflowData<ReorderRulesWorkflowInput>) => {
  const positions = setRulePositionsStep(input.ids)
  return new WorkflowResponse(positions)
})
