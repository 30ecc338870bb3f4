import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { HelpdeskEvents } from "../../../modules/helpdesk/domain/events"
import { updateSlaPolicyStep } from "../steps/update-sla-policy"
import { validateSlaPoliciesStep } from "../steps/validate-sla-policies"
import { UpdateSlaPoliciesWorkflowInput } from "../types"

export const updateSlaPoliciesWorkflowId = "update-support-sla-policies"

/**
 * Changes an SLA policy (404 when missing).
 *
 * @example
 * await updateSlaPoliciesWorkflow(container).run({ input: { id, update: { first_response_minutes: 120 } } })
 */
export const updateSlaPoliciesWorkflow = createWorkflow(
  updateSlaPoliciesWorkflowId,
  (input: WorkflowData<UpdateSlaPoliciesWorkflowInput>) => {
    validateSlaPoliciesStep(transform({ input }, ({ input }) => [{ id: input.id, data: input.update }]))
    const updated = updateSlaPolicyStep(input)
    emitEventStep({
      eventName: HelpdeskEvents.SLA_POLICY_UPDATED,
      data: transform({ input }, ({ input }) => ({ id: input.id })),
    })
    return new WorkflowResponse(updated)
  }
)
