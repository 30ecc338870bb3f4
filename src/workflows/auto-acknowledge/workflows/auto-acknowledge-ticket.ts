import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { HelpdeskEvents } from "../../../modules/helpdesk/domain/events"
import { createMessageStep } from "../../tickets/steps/create-message"
import { claimAutoAcknowledgementStep } from "../steps/claim-auto-acknowledgement"
import { planAutoAcknowledgementStep } from "../steps/plan-auto-acknowledgement"

export const autoAcknowledgeTicketWorkflowId = "auto-acknowledge-support-ticket"

/**
 * Posts the auto-acknowledgement of a new ticket (run by the support_ticket.created subscriber):
 * a public message by the automation (author type agent, no author id, metadata.automation
 * "auto_acknowledge") that says when to expect an answer. The email pipeline mails it like an
 * agent's reply. It does not count as the first response: the SLA clock keeps running. At most one
 * per requester per hour; never for auto-submitted mail.
 *
 * @example
 * const { result } = await autoAcknowledgeTicketWorkflow(container).run({ input: { ticket_id } })
 */
export const autoAcknowledgeTicketWorkflow = createWorkflow(
  autoAcknowledgeTicketWorkflowId,
  (input: WorkflowData<{ ticket_id: string }>) => {
    const plan = planAutoAcknowledgementStep(input)
    const claim = claimAutoAcknowledgementStep(
      transform({ plan }, ({ plan }) => ({ requester_key: plan.send ? plan.requester_key : null }))
    )
    const message = when({ plan, claim }, ({ plan, claim }) => plan.send && claim.claimed).then(() => {
      const created = createMessageStep(transform({ plan }, ({ plan }) => (plan as Extract<typeof plan, { send: true }>).message))
      const data = transform({ input, created }, ({ input, created }) => ({ id: input.ticket_id, message_id: created.id }))
      emitEventStep({ eventName: HelpdeskEvents.MESSAGE_CREATED, data })
      emitEventStep({ eventName: HelpdeskEvents.AUTO_ACKNOWLEDGED, data }).config({ name: "emit-support-auto-acknowledged" })
      return created
    })
    return new WorkflowResponse(
      transform({ plan, claim, message }, ({ plan, claim, message }) => ({
        sent: !!message,
        message_id: message?.id ?? null,
        reason: !plan.send ? plan.reason : claim.claimed ? null : "recently_acknowledged",
      }))
    )
  }
)
