import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { HelpdeskEvents } from "../../../modules/helpdesk/domain/events"
import { applyTicketChangesStep } from "../steps/apply-ticket-changes"
import { loadTicketForActorStep } from "../steps/load-ticket-for-actor"
import { lockTicketsStep } from "../steps/lock-tickets"
import { unlockTicketsStep } from "../steps/unlock-tickets"
import { TicketChangeRequest } from "../ticket-changes"
import { recordSurveyResponseStep } from "../../surveys/steps/record-survey-response"
import { HelpdeskActor } from "../types"

export const rateTicketWorkflowId = "rate-support-ticket"

export type RateTicketWorkflowInput = {
  ticket_id: string
  actor: HelpdeskActor
  score: number
  comment?: string | null
}

/**
 * The shopper's satisfaction rating: once per ticket, after it is solved or closed. It is also the
 * ticket's survey answer (support_survey_response, source "rating"), so a ticket rated here shows
 * its survey as answered and a survey answer refuses a later rating.
 */
export const rateTicketWorkflow = createWorkflow(
  rateTicketWorkflowId,
  (input: WorkflowData<RateTicketWorkflowInput>) => {
    const locks = lockTicketsStep(transform({ input }, ({ input }) => ({ ids: [input.ticket_id] })))
    const ticket = loadTicketForActorStep({ ticket_id: input.ticket_id, actor: input.actor })
    const requests = transform({ input, ticket }, ({ input, ticket }): TicketChangeRequest[] => [
      { kind: "rate", id: ticket.id, score: input.score, comment: input.comment ?? null },
    ])
    const applied = applyTicketChangesStep(requests)
    // The rating is the survey's answer on the 1-5 scale: one answer per ticket, whichever way it came.
    recordSurveyResponseStep(
      transform({ input, ticket }, ({ input, ticket }) => ({
        ticket_id: ticket.id,
        source: "rating" as const,
        scale: "five_point" as const,
        answer: String(input.score),
        score: input.score,
        positive: input.score >= 4,
        comment: input.comment ?? null,
        locale: ticket.locale ?? null,
        assignee_id: ticket.assignee_id ?? null,
        solved_at: ticket.solved_at ?? null,
      }))
    )
    unlockTicketsStep(locks)
    emitEventStep({ eventName: HelpdeskEvents.RATED, data: { id: input.ticket_id } })
    return new WorkflowResponse(transform({ applied }, ({ applied }) => applied.tickets[0]))
  }
)
