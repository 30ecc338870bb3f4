import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { HelpdeskEvents } from "../../../modules/helpdesk/domain/events"
import { updateBusinessHoursStep } from "../steps/update-business-hours"
import { validateBusinessHoursStep } from "../steps/validate-business-hours"
import { UpdateBusinessHoursWorkflowInput } from "../types"

export const updateBusinessHoursWorkflowId = "update-support-business-hours"

/**
 * Changes a schedule (404 when missing); `intervals` and `holidays` replace the stored lists.
 * Tickets keep their due times until their next change (docs/automation.md).
 *
 * @example
 * await updateBusinessHoursWorkflow(container).run({ input: { id, update: { holidays: ["2026-12-25"] } } })
 */
export const updateBusinessHoursWorkflow = createWorkflow(
  updateBusinessHoursWorkflowId,
  (input: WorkflowData<UpdateBusinessHoursWorkflowInput>) => {
    validateBusinessHoursStep(transform({ input }, ({ input }) => [{ id: input.id, data: input.update }]))
    const updated = updateBusinessHoursStep(input)
    emitEventStep({
      eventName: HelpdeskEvents.BUSINESS_HOURS_UPDATED,
      data: transform({ input }, ({ input }) => ({ id: input.id })),
    })
    return new WorkflowResponse(updated)
  }
)
