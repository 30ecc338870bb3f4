import { MedusaError } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { HelpdeskEvents } from "../../../modules/helpdesk/domain/events"
import { assertUnchangedSince } from "../../../modules/helpdesk/domain/stale-view"
import { ticketChangesAfterMessage } from "../../../modules/helpdesk/domain/ticket-activity"
import { claimAttachmentsStep } from "../steps/claim-attachments"
import { createMessageStep } from "../steps/create-message"
import { incrementCannedReplyUsageStep } from "../steps/increment-canned-reply-usage"
import { loadTicketForActorStep } from "../steps/load-ticket-for-actor"
import { updateTicketsStep } from "../steps/update-tickets"
import { AddTicketMessageWorkflowInput } from "../types"
import { uploaderKeysFor } from "../uploader-keys"
import { authorFor, ticketLock } from "../actor"

export const addTicketMessageWorkflowId = "add-support-ticket-message"

/**
 * Adds a reply or internal note. Replies to one ticket are serialised by a lock so concurrent
 * replies are all kept and the ticket's activity times and status end up right.
 */
export const addTicketMessageWorkflow = createWorkflow(
  addTicketMessageWorkflowId,
  (input: WorkflowData<AddTicketMessageWorkflowInput>) => {
    const lock = transform({ input }, ({ input }) => ticketLock(input.ticket_id))
    acquireLockStep(lock)
    const ticket = loadTicketForActorStep({ ticket_id: input.ticket_id, actor: input.actor })

    const messageInput = transform({ input, ticket }, ({ input, ticket }) => {
      if (input.internal && input.actor.type !== "agent") {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Only agents can write internal notes")
      }
      assertUnchangedSince(ticket.updated_at, input.expected_updated_at)
      const author = authorFor(input.actor)
      return {
        ticket_id: input.ticket_id,
        author_type: author.type,
        author_id: author.id ?? null,
        // A guest signs with the name they gave when opening the ticket.
        author_name: author.name ?? (author.type === "customer" ? ticket.name : null) ?? null,
        body: input.body,
        internal: input.internal ?? false,
        channel: input.channel ?? "web",
        canned_reply_id: input.canned_reply_id ?? null,
      }
    })
    const message = createMessageStep(messageInput)

    const claim = transform({ input, ticket, message }, ({ input, ticket, message }) => ({
      attachment_ids: input.attachment_ids,
      message_id: message.id,
      uploaded_by: uploaderKeysFor(authorFor(input.actor), ticket.customer_id),
    }))
    claimAttachmentsStep(claim)

    const changes = transform({ input, ticket, message }, ({ input, ticket, message }) => [
      ticketChangesAfterMessage(ticket, message, input.status),
    ])
    const tickets = updateTicketsStep(changes)
    const updated = transform({ tickets }, ({ tickets }) => tickets[0])
    incrementCannedReplyUsageStep({ canned_reply_id: input.canned_reply_id })
    releaseLockStep(lock)

    emitEventStep({
      eventName: HelpdeskEvents.MESSAGE_CREATED,
      data: { id: input.ticket_id, message_id: message.id },
    })
    const statusChanged = transform({ ticket, changes }, ({ ticket, changes }) =>
      changes[0].status !== undefined && changes[0].status !== ticket.status
    )
    when({ statusChanged }, ({ statusChanged }) => statusChanged).then(() => {
      emitEventStep({
        eventName: HelpdeskEvents.STATUS_CHANGED,
        data: { id: input.ticket_id },
      }).config({ name: "emit-support-status-changed" })
    })

    return new WorkflowResponse({ ticket: updated, message })
  }
)
