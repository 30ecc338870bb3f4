import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deliverEmailsStep } from "../steps/deliver-emails"
import { EmailToRecord, recordEmailDeliveriesStep } from "../steps/record-email-deliveries"

export const sendTicketEmailsWorkflowId = "send-support-ticket-emails"

/**
 * Records each mail once (support_email_delivery, unique idempotency key) and sends the ones not
 * sent yet through the Notification module (channel "email"). Run again with the same mails (a
 * retried subscriber or workflow), it sends nothing twice. A failed send is recorded as failed
 * and left to the retry job; the workflow itself succeeds.
 *
 * @example
 * await sendTicketEmailsWorkflow(container).run({ input: { mails: [composedMail] } })
 */
export const sendTicketEmailsWorkflow = createWorkflow(
  sendTicketEmailsWorkflowId,
  (input: WorkflowData<{ mails: EmailToRecord[] }>) => {
    const recorded = recordEmailDeliveriesStep(input.mails)
    const toSend = transform({ recorded }, ({ recorded }) =>
      recorded.filter((r) => r.status === "pending").map((r) => r.id)
    )
    const outcomes = deliverEmailsStep(toSend)
    return new WorkflowResponse(outcomes)
  }
)
