import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { RuleEvents } from "../../../modules/helpdesk/domain/rules/events"
import { setAgentStatusStep } from "../steps/set-agent-status"
import { validateAgentsStep } from "../steps/validate-agents"
import { createAssignmentGroupStep, deleteAssignmentGroupsStep, updateAssignmentGroupStep } from "../steps/write-assignment-groups"
import {
  CreateAssignmentGroupWorkflowInput,
  DeleteAssignmentGroupsWorkflowInput,
  SetAgentAwayWorkflowInput,
  UpdateAssignmentGroupWorkflowInput,
} from "../types"

/**
 * Creates an assignment group (a named set of agents rules assign to, round robin or fewest
 * open). Members must be admin users; the name is unique.
 *
 * @example
 * await createAssignmentGroupWorkflow(container).run({ input: { name: "Front line", member_ids: [a, b] } })
 */
export const createAssignmentGroupWorkflow = createWorkflow(
  "create-support-assignment-group",
  (input: WorkflowData<CreateAssignmentGroupWorkflowInput>) => {
    validateAgentsStep({ ids: input.member_ids })
    const group = createAssignmentGroupStep(input)
    emitEventStep({ eventName: RuleEvents.ASSIGNMENT_GROUP_CREATED, data: transform({ group }, ({ group }) => ({ id: group.id })) })
    return new WorkflowResponse(group)
  }
)

/** Changes a group's name, members or strategy (404 when missing). */
export const updateAssignmentGroupWorkflow = createWorkflow(
  "update-support-assignment-group",
  (input: WorkflowData<UpdateAssignmentGroupWorkflowInput>) => {
    validateAgentsStep(transform({ input }, ({ input }) => ({ ids: input.update.member_ids ?? [] })))
    const group = updateAssignmentGroupStep(input)
    emitEventStep({ eventName: RuleEvents.ASSIGNMENT_GROUP_UPDATED, data: transform({ input }, ({ input }) => ({ id: input.id })) })
    return new WorkflowResponse(group)
  }
)

/** Soft-deletes groups; rules that assign to one then skip the assignment (the run says so). */
export const deleteAssignmentGroupsWorkflow = createWorkflow(
  "delete-support-assignment-groups",
  (input: WorkflowData<DeleteAssignmentGroupsWorkflowInput>) => {
    const deleted = deleteAssignmentGroupsStep(input.ids)
    emitEventStep({
      eventName: RuleEvents.ASSIGNMENT_GROUP_DELETED,
      data: transform({ deleted }, ({ deleted }) => deleted.map((id) => ({ id }))),
    })
    return new WorkflowResponse(deleted)
  }
)

/**
 * An agent marks themselves away (optionally until a date, with a delegate) or back. Away agents
 * get no round-robin or fewest-open tickets; tickets assigned to them go to the delegate.
 *
 * @example
 * await setAgentAwayWorkflow(container).run({ input: { user_id, away: true, until: "2026-12-24", delegate_id } })
 */
export const setAgentAwayWorkflow = createWorkflow("set-support-agent-away", (input: WorkflowData<SetAgentAwayWorkflowInput>) => {
  validateAgentsStep(transform({ input }, ({ input }) => ({ ids: [input.delegate_id] })))
  const status = setAgentStatusStep(input)
  emitEventStep({ eventName: RuleEvents.AGENT_AWAY_CHANGED, data: transform({ input }, ({ input }) => ({ id: input.user_id })) })
  return new WorkflowResponse(status)
})
