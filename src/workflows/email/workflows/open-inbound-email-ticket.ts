import { createHook, createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { HelpdeskEvents } from "../../../modules/helpdesk/domain/events"
import { claimAttachmentsStep } from "../../tickets/steps/claim-attachments"
import { createMessageStep } from "../../tickets/steps/create-message"
import { createTicketStep } from "../../tickets/steps/create-ticket"
import { refreshSlaClocksStep } from "../../sla/steps/refresh-sla-clocks"
import { refreshPriorityScoresStep } from "../../priority/steps/refresh-priority-scores"

export type OpenInboundEmailTicketWorkflowInput = {
  subject: string
  body: string
  email: string
  name: string | null
  email_message_id: string
  /** `metadata.email` of the first message. */
  metadata: Record<string, unknown>
  /** `metadata.email` of the ticket: auto, auto_reason, claimed_ticket_id. */
  ticket_metadata: Record<string, unknown>
  attachment_ids: string[]
}

export const openInboundEmailTicketWorkflowId = "open-support-inbound-email-ticket"

/**
 * A new ticket from a mail (channel "email"). The sender's address proves nothing (From can be
 * forged), so the ticket is a guest's, `unverified`, even when the address is a customer's:
 * never linked to that customer's account. A guest token is issued (re-derivable from its nonce)
 * so the requester can follow the ticket on the web once the link reaches them.
 */
export const openInboundEmailTicketWorkflow = createWorkflow(
  openInboundEmailTicketWorkflowId,
  (input: WorkflowData<OpenInboundEmailTicketWorkflowInput>) => {
    const created = createTicketStep(
      transform({ input }, ({ input }) => ({
        subject: input.subject,
        body: input.body,
        author: { type: "customer" as const, name: input.name },
        channel: "email" as const,
        email: input.email,
        name: input.name,
        customer_id: null,
        identity: "unverified" as const,
        issue_guest_token: true,
        metadata: { email: input.ticket_metadata },
      }))
    )
    const message = createMessageStep(
      transform({ input, created }, ({ input, created }) => ({
        ticket_id: created.ticket.id,
        author_type: "customer" as const,
        author_name: input.name,
        body: input.body,
        channel: "email" as const,
        metadata: input.metadata,
        email_message_id: input.email_message_id,
        created_at: created.first_message_at,
        search_overflow: created.first_message_search_overflow,
      }))
    )
    claimAttachmentsStep(
      transform({ input, message }, ({ input, message }) => ({
        attachment_ids: input.attachment_ids,
        message_id: message.id,
        uploaded_by: ["email"],
      }))
    )
    refreshSlaClocksStep(transform({ created }, ({ created }) => [{ ticket_id: created.ticket.id, from_status: null }]))
    refreshPriorityScoresStep(transform({ created }, ({ created }) => ({ ticket_ids: [created.ticket.id], siblings: true })))
    emitEventStep({
      eventName: HelpdeskEvents.TICKET_CREATED,
      data: transform({ created }, ({ created }) => ({ id: created.ticket.id })),
    })
    emitEventStep({
      eventName: HelpdeskEvents.MESSAGE_CREATED,
      data: transform({ created, message }, ({ created, message }) => ({ id: created.ticket.id, message_id: message.id })),
    }).config({ name: "emit-support-message-created" })

    const inboundTicketCreated = createHook("inboundTicketCreated", { ticket: created.ticket, message })

    return new WorkflowResponse(
      transform({ created, message }, ({ created, message }) => ({
        ticket_id: created.ticket.id as string,
        message_id: message.id as string,
      })),
      { hooks: [inboundTicketCreated] }
    )
  }
)
