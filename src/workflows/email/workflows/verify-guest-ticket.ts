import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { HelpdeskEvents } from "../../../modules/helpdesk/domain/events"
import { loadTicketForActorStep } from "../../tickets/steps/load-ticket-for-actor"
import { HelpdeskActor } from "../../tickets/types"
import { verifyGuestTicketStep } from "../steps/verify-guest-ticket"

export const verifyGuestTicketWorkflowId = "verify-support-guest-ticket"

/**
 * POST /store/support/tickets/:id/verify: the guest holding the ticket's token proves they read
 * mail at its address. Anyone else gets the same 404 as a missing ticket.
 *
 * @example
 * await verifyGuestTicketWorkflow(container).run({ input: { ticket_id, actor: { type: "customer", access_token } } })
 */
export const verifyGuestTicketWorkflow = createWorkflow(
  verifyGuestTicketWorkflowId,
  (input: WorkflowData<{ ticket_id: string; actor: HelpdeskActor }>) => {
    const ticket = loadTicketForActorStep({ ticket_id: input.ticket_id, actor: input.actor })
    const changed = verifyGuestTicketStep(
      transform({ ticket }, ({ ticket }) => ({ id: ticket.id, customer_id: ticket.customer_id, identity: ticket.identity }))
    )
    when({ changed }, ({ changed }) => changed).then(() => {
      emitEventStep({ eventName: HelpdeskEvents.TICKET_UPDATED, data: { id: input.ticket_id } })
    })
    return new WorkflowResponse(changed)
  }
)
