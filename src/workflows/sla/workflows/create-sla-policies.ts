import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { HelpdeskEvents } from "../../../modules/helpdesk/domain/events"
import { createSlaPoliciesStep } from "../steps/create-sla-policies"
import { validateSlaPoliciesStep } from "../steps/validate-sla-policies"
import { CreateSlaPoliciesWorkflowInput } from "../types"

export const createSlaPoliciesWorkflowId = "create-support-sla-policies"

/**
 * Creates SLA policies (targets in minutes of the named business hours, or around the clock).
 * New tickets get the enabled matching policy with the lowest position.
 *
 * @example
 * await createSlaPoliciesWorkflow(container).run({
 *   input: { sla_policies: [{ name: "Urgent", priority: "urgent", first_response_minutes: 60, resolution_minutes: 480, business_hours_id }] },
 * })
 */
export const createSlaPoliciesWorkflow = createWorkflow(
  createSlaPoliciesWorkflowId,
  (input: WorkflowData<CreateSlaPoliciesWorkflowInput>) => {
    validateSlaPoliciesStep(transform({ input }, ({ input }) => input.sla_policies.map((data) => ({ data }))))
    const created = createSlaPoliciesStep(transform({ input }, ({ input }) => input.sla_policies))
    emitEventStep({
      eventName: HelpdeskEvents.SLA_POLICY_CREATED,
      data: transform({ created }, ({ created }) => created.map((c) => ({ id: c.id }))),
    })
    return new WorkflowResponse(created)
  }
)
