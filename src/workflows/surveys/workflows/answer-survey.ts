import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { HelpdeskEvents } from "../../../modules/helpdesk/domain/events"
import { answeredLine, presentAnswer, SurveyAnswer } from "../../../modules/helpdesk/domain/surveys/settings"
import { applyTicketChangesStep } from "../../tickets/steps/apply-ticket-changes"
import { createMessageStep } from "../../tickets/steps/create-message"
import { lockTicketsStep } from "../../tickets/steps/lock-tickets"
import { unlockTicketsStep } from "../../tickets/steps/unlock-tickets"
import { TicketChangeRequest } from "../../tickets/ticket-changes"
import { checkSurveyAnswerStep } from "../steps/check-survey-answer"
import { recordSurveyResponseStep } from "../steps/record-survey-response"

export const answerSurveyWorkflowId = "answer-support-survey"

export type AnswerSurveyWorkflowInput = {
  /** The survey link's token (domain/surveys/token.ts): it alone names the ticket. */
  token: string
  answer: SurveyAnswer
  comment?: string | null
  /** The ticket the caller already read from the token (takes the lock before the check). */
  ticket_id: string
}

/**
 * A shopper's answer to a ticket's satisfaction survey: checked under the ticket lock, stored (one
 * per ticket: support_survey_response, unique on ticket_id), written as the ticket's rating (yes
 * 5, no 1, or the 1-5 answer; the same conditional write that refuses a second rating), with a
 * system line on the ticket. Emits support_survey.answered and support_ticket.rated.
 *
 * @example
 * await answerSurveyWorkflow(container).run({ input: { token, ticket_id, answer: "yes", comment: "Quick, thanks" } })
 */
export const answerSurveyWorkflow = createWorkflow(answerSurveyWorkflowId, (input: WorkflowData<AnswerSurveyWorkflowInput>) => {
  const locks = lockTicketsStep(transform({ input }, ({ input }) => ({ ids: [input.ticket_id] })))
  const answer = checkSurveyAnswerStep(
    transform({ input }, ({ input }) => ({ token: input.token, answer: input.answer, comment: input.comment ?? null }))
  )
  const requests = transform({ answer }, ({ answer }): TicketChangeRequest[] => [
    { kind: "rate", id: answer.ticket_id, score: answer.score, comment: answer.comment },
  ])
  applyTicketChangesStep(requests)
  const response = recordSurveyResponseStep(answer)
  createMessageStep(
    transform({ answer }, ({ answer }) => ({
      ticket_id: answer.ticket_id,
      author_type: "system" as const,
      author_name: null,
      body: answeredLine(answer.scale, presentAnswer(answer.scale, answer.answer)),
      internal: false,
      metadata: { event: "survey_answered", survey: { scale: answer.scale, answer: answer.answer, score: answer.score } },
    }))
  ).config({ name: "create-support-survey-answered-message" })
  unlockTicketsStep(locks)
  const data = transform({ answer, response }, ({ answer, response }) => ({ id: answer.ticket_id, response_id: response.id }))
  emitEventStep({ eventName: HelpdeskEvents.SURVEY_ANSWERED, data })
  emitEventStep({
    eventName: HelpdeskEvents.RATED,
    data: transform({ answer }, ({ answer }) => ({ id: answer.ticket_id })),
  }).config({ name: "emit-support-ticket-rated" })
  return new WorkflowResponse(response)
})

