import { createHook, createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { HelpdeskEvents } from "../../../modules/helpdesk/domain/events"
import { applyTicketChangesStep } from "../../tickets/steps/apply-ticket-changes"
import { refreshSlaClocksStep } from "../../sla/steps/refresh-sla-clocks"
import { refreshPriorityScoresStep } from "../../priority/steps/refresh-priority-scores"
import { slaRefreshesFor } from "../../sla/refresh-inputs"
import { claimAttachmentsStep } from "../../tickets/steps/claim-attachments"
import { createMessageStep } from "../../tickets/steps/create-message"
import { indexMessageOnItsOwnStep } from "../../tickets/steps/index-message-on-its-own"
import { lockTicketsStep } from "../../tickets/steps/lock-tickets"
import { unlockTicketsStep } from "../../tickets/steps/unlock-tickets"
import { TicketChangeRequest } from "../../tickets/ticket-changes"

export type AppendInboundEmailWorkflowInput = {
  ticket_id: string
  body: string
  author_name: string | null
  /** The ticket's customer, as the message's author id. */
  customer_id: string | null
  email_message_id: string
  metadata: Record<string, unknown>
  attachment_ids: string[]
  /** Auto mail is kept on the thread without touching the ticket: it never reopens it. */
  auto: boolean
}

export const appendInboundEmailWorkflowId = "append-support-inbound-email"

/**
 * The requester's mail as a reply on their ticket (channel "email"), under the ticket lock as
 * every ticket write: a customer's reply reopens the ticket as a web reply does. Auto mail
 * (out-of-office, bounces) is stored on the thread but changes neither status nor activity times.
 */
export const appendInboundEmailWorkflow = createWorkflow(
  appendInboundEmailWorkflowId,
  (input: WorkflowData<AppendInboundEmailWorkflowInput>) => {
    const locks = lockTicketsStep(transform({ input }, ({ input }) => ({ ids: [input.ticket_id] })))
    const message = createMessageStep(
      transform({ input }, ({ input }) => ({
        ticket_id: input.ticket_id,
        author_type: "customer" as const,
        author_id: input.customer_id,
        author_name: input.author_name,
        body: input.body,
        channel: "email" as const,
        metadata: input.metadata,
        email_message_id: input.email_message_id,
        // A reply's tokens join the ticket's (applyTicketChangesStep flags it if they do not fit);
        // auto mail leaves the ticket alone, so it is searched on its own.
        search_overflow: input.auto,
      }))
    )
    claimAttachmentsStep(
      transform({ input, message }, ({ input, message }) => ({
        attachment_ids: input.attachment_ids,
        message_id: message.id,
        uploaded_by: ["email"],
      }))
    )
    const applied = when({ input }, ({ input }) => !input.auto).then(() => {
      const changed = applyTicketChangesStep(
        transform({ input, message }, ({ input, message }): TicketChangeRequest[] => [
          {
            kind: "message",
            id: input.ticket_id,
            message: {
              id: message.id,
              search_overflow: message.search_overflow,
              author_type: message.author_type,
              internal: false,
              body: message.body,
              created_at: message.created_at,
            },
          },
        ])
      )
      refreshSlaClocksStep(
        transform({ changed, message }, ({ changed, message }) => slaRefreshesFor(changed.applied, { author_type: message.author_type, internal: false }))
      )
      refreshPriorityScoresStep(transform({ changed }, ({ changed }) => ({ ticket_ids: changed.applied.map((a) => a.before.id) })))
      return changed
    })
    const inboundMessageCreated = createHook("inboundMessageCreated", { ticket_id: input.ticket_id, message })
    when({ input }, ({ input }) => input.auto).then(() => {
      indexMessageOnItsOwnStep(transform({ message }, ({ message }) => ({ message_id: message.id })))
    })
    unlockTicketsStep(locks)

    emitEventStep({
      eventName: HelpdeskEvents.MESSAGE_CREATED,
      data: transform({ input, message }, ({ input, message }) => ({ id: input.ticket_id, message_id: message.id })),
    })
    const statusChanged = transform({ applied }, ({ applied }) => {
      const first = applied?.applied?.[0]
      return !!first && first.changes.status !== undefined && first.changes.status !== first.before.status
    })
    when({ statusChanged }, ({ statusChanged }) => statusChanged).then(() => {
      emitEventStep({
        eventName: HelpdeskEvents.STATUS_CHANGED,
        data: transform({ input }, ({ input }) => ({ id: input.ticket_id })),
      }).config({ name: "emit-support-status-changed" })
    })

    return new WorkflowResponse(
      transform({ input, message }, ({ input, message }) => ({ ticket_id: input.ticket_id, message_id: message.id as string })),
      { hooks: [inboundMessageCreated] }
    )
  }
)
