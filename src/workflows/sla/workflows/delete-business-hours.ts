import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { HelpdeskEvents } from "../../../modules/helpdesk/domain/events"
import { deleteBusinessHoursStep } from "../steps/delete-business-hours"
import { DeleteBusinessHoursWorkflowInput } from "../types"

export const deleteBusinessHoursWorkflowId = "delete-support-business-hours"

/**
 * Deletes schedules no SLA policy uses (400 otherwise).
 *
 * @example
 * await deleteBusinessHoursWorkflow(container).run({ input: { ids: [id] } })
 */
export const deleteBusinessHoursWorkflow = createWorkflow(
  deleteBusinessHoursWorkflowId,
  (input: WorkflowData<DeleteBusinessHoursWorkflowInput>) => {
    const deleted = deleteBusinessHoursStep(input.ids)
    emitEventStep({
      eventName: HelpdeskEvents.BUSINESS_HOURS_DELETED,
      data: transform({ deleted }, ({ deleted }) => deleted.map((id) => ({ id }))),
    })
    return new WorkflowResponse(deleted)
  }
)
