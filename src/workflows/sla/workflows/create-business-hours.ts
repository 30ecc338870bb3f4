import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { HelpdeskEvents } from "../../../modules/helpdesk/domain/events"
import { createBusinessHoursStep } from "../steps/create-business-hours"
import { validateBusinessHoursStep } from "../steps/validate-business-hours"
import { CreateBusinessHoursWorkflowInput } from "../types"

export const createBusinessHoursWorkflowId = "create-support-business-hours"

/**
 * Creates weekly schedules SLA policies count their targets in (400 for an unknown time zone,
 * a bad interval or date).
 *
 * @example
 * await createBusinessHoursWorkflow(container).run({
 *   input: { business_hours: [{ name: "Seoul office", timezone: "Asia/Seoul", intervals: [{ day: 1, start: "09:00", end: "18:00" }] }] },
 * })
 */
export const createBusinessHoursWorkflow = createWorkflow(
  createBusinessHoursWorkflowId,
  (input: WorkflowData<CreateBusinessHoursWorkflowInput>) => {
    validateBusinessHoursStep(transform({ input }, ({ input }) => input.business_hours.map((data) => ({ data }))))
    const created = createBusinessHoursStep(transform({ input }, ({ input }) => input.business_hours))
    emitEventStep({
      eventName: HelpdeskEvents.BUSINESS_HOURS_CREATED,
      data: transform({ created }, ({ created }) => created.map((c) => ({ id: c.id }))),
    })
    return new WorkflowResponse(created)
  }
)
