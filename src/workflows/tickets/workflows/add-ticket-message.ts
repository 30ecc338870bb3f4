import { MedusaError } from "@medusajs/framework/utils"
import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { HelpdeskEvents } from "../../../modules/helpdesk/domain/events"
import { assertUnchangedSince } from "../../../modules/helpdesk/domain/stale-view"
import { applyTicketChangesStep } from "../steps/apply-ticket-changes"
import { refreshSlaClocksStep } from "../../sla/steps/refresh-sla-clocks"
import { refreshPriorityScoresStep } from "../../priority/steps/refresh-priority-scores"
import { slaRefreshesFor } from "../../sla/refresh-inputs"
import { claimAttachmentsStep } from "../steps/claim-attachments"
import { createMessageStep } from "../steps/create-message"
import { incrementCannedReplyUsageStep } from "../steps/increment-canned-reply-usage"
import { loadTicketForActorStep } from "../steps/load-ticket-for-actor"
import { lockTicketsStep } from "../steps/lock-tickets"
import { resolveShopperTicketStep } from "../steps/resolve-shopper-ticket"
import { unlockTicketsStep } from "../steps/unlock-tickets"
import { TicketChangeRequest } from "../ticket-changes"
import { AddTicketMessageWorkflowInput } from "../types"
import { uploaderKeysFor } from "../uploader-keys"
import { authorFor } from "../actor"
import { searchTokensWith } from "../../../modules/helpdesk/domain/search-tokens"
import { ticketChangesAfterMessage } from "../../../modules/helpdesk/domain/ticket-activity"

export const addTicketMessageWorkflowId = "add-support-ticket-message"

/**
 * Adds a reply or internal note. Writes to one ticket are serialised by the ticket lock and
 * guarded by its version, so concurrent replies are all kept and the ticket's activity times and
 * status end up right. With `follow_merges` a shopper's reply on a merged ticket lands on the
 * surviving one (`redirected_from` in the result names the ticket asked for).
 *
 * Hook `messageCreated` ({ ticket, message, additional_data }) runs before the lock is released;
 * a hook that throws rolls the message back.
 *
 * @example
 * const { result } = await addTicketMessageWorkflow(container).run({
 *   input: { ticket_id, body: "Thanks!", actor: { type: "agent", id: userId } },
 * })
 */
export const addTicketMessageWorkflow = createWorkflow(
  addTicketMessageWorkflowId,
  (input: WorkflowData<AddTicketMessageWorkflowInput>) => {
    const target = resolveShopperTicketStep({
      ticket_id: input.ticket_id,
      actor: input.actor,
      follow_merges: input.follow_merges,
    })
    const locks = lockTicketsStep(transform({ target }, ({ target }) => ({ ids: [target.ticket_id] })))
    const ticket = loadTicketForActorStep(
      transform({ input, target }, ({ input, target }) => ({
        ticket_id: target.ticket_id,
        actor: input.actor,
        via_ticket_id: target.redirected_from,
      }))
    )

    const messageInput = transform({ input, ticket }, ({ input, ticket }) => {
      if (input.internal && input.actor.type !== "agent") {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Only agents can write internal notes")
      }
      assertUnchangedSince(ticket.updated_at, input.expected_updated_at)
      const author = authorFor(input.actor)
      // A reply that moves the status (an agent's "reply and solve", a shopper's reply reopening)
      // leaves no status line: the move is kept on the message itself, so the timeline holds
      // every status move (canned-reply effectiveness reads it). Same rule as the write below.
      const internal = input.internal ?? false
      const moved = ticketChangesAfterMessage(ticket, { author_type: author.type, internal, body: input.body, created_at: new Date() }, input.status)
        .status as string | undefined
      const metadata = moved && moved !== ticket.status ? { ...(input.metadata ?? {}), status_change: { from: ticket.status, to: moved } } : input.metadata ?? null
      return {
        ticket_id: ticket.id,
        author_type: author.type,
        author_id: author.id ?? null,
        // A guest signs with the name they gave when opening the ticket.
        author_name: author.name ?? (author.type === "customer" ? ticket.name : null) ?? null,
        body: input.body,
        internal,
        channel: input.channel ?? "web",
        canned_reply_id: input.canned_reply_id ?? null,
        metadata,
        // Its tokens join the ticket's own (applyTicketChangesStep), unless they do not fit.
        search_overflow: !searchTokensWith(ticket.search_text ?? "", input.body).complete,
      }
    })
    const message = createMessageStep(messageInput)

    const claim = transform({ input, ticket, message }, ({ input, ticket, message }) => ({
      attachment_ids: input.attachment_ids,
      message_id: message.id,
      uploaded_by: uploaderKeysFor(authorFor(input.actor), ticket.customer_id),
    }))
    claimAttachmentsStep(claim)

    const requests = transform({ input, ticket, message }, ({ input, ticket, message }): TicketChangeRequest[] => [
      {
        kind: "message",
        id: ticket.id,
        message: {
          id: message.id,
          search_overflow: message.search_overflow,
          author_type: message.author_type,
          internal: message.internal,
          body: message.body,
          created_at: message.created_at,
        },
        status: input.status,
      },
      ...(input.add_tags?.length || input.remove_tags?.length
        ? [{ kind: "update" as const, id: ticket.id, actor_type: input.actor.type, add_tags: input.add_tags, remove_tags: input.remove_tags }]
        : []),
    ])
    const applied = applyTicketChangesStep(requests)
    const updated = transform({ applied }, ({ applied }) => applied.tickets[0])
    refreshSlaClocksStep(transform({ applied, message }, ({ applied, message }) => slaRefreshesFor(applied.applied, message)))
    refreshPriorityScoresStep(transform({ applied }, ({ applied }) => ({ ticket_ids: applied.applied.map((a) => a.before.id) })))
    incrementCannedReplyUsageStep({ canned_reply_id: input.canned_reply_id })

    const messageCreated = createHook("messageCreated", {
      ticket: updated,
      message,
      additional_data: input.additional_data,
    })
    unlockTicketsStep(locks)

    emitEventStep({
      eventName: HelpdeskEvents.MESSAGE_CREATED,
      data: transform({ ticket, message }, ({ ticket, message }) => ({ id: ticket.id, message_id: message.id })),
    })
    const statusChanged = transform({ applied }, ({ applied }) => {
      const { before, changes } = applied.applied[0]
      return changes.status !== undefined && changes.status !== before.status
    })
    when({ statusChanged }, ({ statusChanged }) => statusChanged).then(() => {
      emitEventStep({
        eventName: HelpdeskEvents.STATUS_CHANGED,
        data: transform({ ticket }, ({ ticket }) => ({ id: ticket.id })),
      }).config({ name: "emit-support-status-changed" })
    })

    return new WorkflowResponse(
      transform({ updated, message, target }, ({ updated, message, target }) => ({
        ticket: updated,
        message,
        redirected_from: target.redirected_from,
      })),
      { hooks: [messageCreated] }
    )
  }
)
