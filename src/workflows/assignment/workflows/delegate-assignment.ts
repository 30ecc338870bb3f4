import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { HelpdeskEvents } from "../../../modules/helpdesk/domain/events"
import { lockTicketsStep } from "../../tickets/steps/lock-tickets"
import { unlockTicketsStep } from "../../tickets/steps/unlock-tickets"
import { delegateIfAwayStep } from "../steps/delegate-if-away"

/**
 * Run after a ticket was assigned by hand (subscriber on support_ticket.assigned): an away
 * assignee's ticket goes to their delegate. Emits support_ticket.assigned again (`delegated:
 * true`, which the subscriber ignores) when the assignee changed.
 */
export const delegateAssignmentWorkflow = createWorkflow(
  "delegate-support-ticket-assignment",
  (input: WorkflowData<{ ticket_id: string }>) => {
    const locks = lockTicketsStep(transform({ input }, ({ input }) => ({ ids: [input.ticket_id] })))
    const result = delegateIfAwayStep(input)
    unlockTicketsStep(locks)
    when({ result }, ({ result }) => result.changed).then(() => {
      emitEventStep({
        eventName: HelpdeskEvents.ASSIGNED,
        data: transform({ input }, ({ input }) => ({ id: input.ticket_id, delegated: true })),
      })
    })
    return new WorkflowResponse(result)
  }
)
