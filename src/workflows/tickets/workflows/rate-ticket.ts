import { MedusaError } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { HelpdeskEvents } from "../../../modules/helpdesk/domain/events"
import { ticketLock } from "../actor"
import { loadTicketForActorStep } from "../steps/load-ticket-for-actor"
import { updateTicketsStep } from "../steps/update-tickets"
import { HelpdeskActor } from "../types"

export const rateTicketWorkflowId = "rate-support-ticket"

export type RateTicketWorkflowInput = {
  ticket_id: string
  actor: HelpdeskActor
  score: number
  comment?: string | null
}

/** The shopper's satisfaction rating: once per ticket, after it is solved or closed. */
export const rateTicketWorkflow = createWorkflow(
  rateTicketWorkflowId,
  (input: WorkflowData<RateTicketWorkflowInput>) => {
    const lock = transform({ input }, ({ input }) => ticketLock(input.ticket_id))
    acquireLockStep(lock)
    const ticket = loadTicketForActorStep({ ticket_id: input.ticket_id, actor: input.actor })
    const changes = transform({ input, ticket }, ({ input, ticket }) => {
      if (ticket.status !== "solved" && ticket.status !== "closed") {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Only a solved or closed ticket can be rated")
      }
      if (ticket.rated_at) {
        throw new MedusaError(MedusaError.Types.CONFLICT, "This ticket has already been rated")
      }
      return [
        {
          id: ticket.id,
          rating_score: input.score,
          rating_comment: input.comment ?? null,
          rated_at: new Date(),
        },
      ]
    })
    const tickets = updateTicketsStep(changes)
    releaseLockStep(lock)
    emitEventStep({ eventName: HelpdeskEvents.RATED, data: { id: input.ticket_id } })
    return new WorkflowResponse(transform({ tickets }, ({ tickets }) => tickets[0]))
  }
)
