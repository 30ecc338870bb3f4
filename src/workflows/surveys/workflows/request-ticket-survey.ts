import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { HelpdeskEvents } from "../../../modules/helpdesk/domain/events"
import { createMessageStep } from "../../tickets/steps/create-message"
import { lockTicketsStep } from "../../tickets/steps/lock-tickets"
import { unlockTicketsStep } from "../../tickets/steps/unlock-tickets"
import { planSurveyRequestStep, SurveyRequestPlan } from "../steps/plan-survey-request"

export const requestTicketSurveyWorkflowId = "request-support-ticket-survey"

/**
 * Offers the satisfaction survey of a solved ticket (run by the support_ticket.status_changed
 * subscriber): a public system message in the thread whose metadata describes the survey
 * (`event: "survey_requested"`, `survey: { solved_at, scale, expires_at, assignee_id }`); store
 * responses show it with its signed link. Once per solve, never after an answer or a rating.
 *
 * @example
 * const { result } = await requestTicketSurveyWorkflow(container).run({ input: { ticket_id } })
 */
export const requestTicketSurveyWorkflow = createWorkflow(
  requestTicketSurveyWorkflowId,
  (input: WorkflowData<{ ticket_id: string }>) => {
    const locks = lockTicketsStep(transform({ input }, ({ input }) => ({ ids: [input.ticket_id] })))
    const plan = planSurveyRequestStep(input)
    const message = when({ plan }, ({ plan }) => plan.send).then(() =>
      createMessageStep(
        transform({ plan }, ({ plan }) => (plan as Extract<SurveyRequestPlan, { send: true }>).message)
      ).config({ name: "create-support-survey-message" })
    )
    unlockTicketsStep(locks)
    when({ message }, ({ message }) => !!message).then(() => {
      const data = transform({ input, message }, ({ input, message }) => ({ id: input.ticket_id, message_id: message!.id }))
      emitEventStep({ eventName: HelpdeskEvents.MESSAGE_CREATED, data })
    })
    return new WorkflowResponse(
      transform({ plan, message }, ({ plan, message }) => ({
        sent: !!message,
        message_id: message?.id ?? null,
        reason: plan.send ? null : plan.reason,
      }))
    )
  }
)
