import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { HelpdeskEvents } from "../../../modules/helpdesk/domain/events"
import { deleteSlaPoliciesStep } from "../steps/delete-sla-policies"
import { DeleteSlaPoliciesWorkflowInput } from "../types"

export const deleteSlaPoliciesWorkflowId = "delete-support-sla-policies"

/**
 * Deletes SLA policies; tickets keep the due times they were given.
 *
 * @example
 * await deleteSlaPoliciesWorkflow(container).run({ input: { ids: [id] } })
 */
export const deleteSlaPoliciesWorkflow = createWorkflow(
  deleteSlaPoliciesWorkflowId,
  (input: WorkflowData<DeleteSlaPoliciesWorkflowInput>) => {
    const deleted = deleteSlaPoliciesStep(input.ids)
    emitEventStep({
      eventName: HelpdeskEvents.SLA_POLICY_DELETED,
      data: transform({ deleted }, ({ deleted }) => deleted.map((id) => ({ id }))),
    })
    return new WorkflowResponse(deleted)
  }
)
