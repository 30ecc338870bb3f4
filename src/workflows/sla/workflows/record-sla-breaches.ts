import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { HelpdeskEvents } from "../../../modules/helpdesk/domain/events"
import { recordSlaBreachesStep } from "../steps/record-sla-breaches"

export const recordSlaBreachesWorkflowId = "record-support-sla-breaches"

export type RecordSlaBreachesWorkflowInput = { limit: number; now?: Date | string }

/**
 * One batch of the SLA breach job: flags up to `limit` tickets whose running clock is overdue,
 * leaves an internal system line on each and emits `support_ticket.sla_breached`
 * (`{ id, message_id, clocks }`) per ticket. Safe to run concurrently: each breach is recorded by
 * exactly one run.
 *
 * @example
 * const { result } = await recordSlaBreachesWorkflow(container).run({ input: { limit: 5000 } })
 */
export const recordSlaBreachesWorkflow = createWorkflow(
  recordSlaBreachesWorkflowId,
  (input: WorkflowData<RecordSlaBreachesWorkflowInput>) => {
    const breaches = recordSlaBreachesStep(input)
    emitEventStep({
      eventName: HelpdeskEvents.SLA_BREACHED,
      data: transform({ breaches }, ({ breaches }) => breaches.map((b) => ({ id: b.id, message_id: b.message_id, clocks: b.clocks }))),
    })
    return new WorkflowResponse(breaches)
  }
)
