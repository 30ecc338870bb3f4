import {
  createHook,
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { HelpdeskEvents } from "../../../modules/helpdesk/domain/events"
import { claimAttachmentsStep } from "../steps/claim-attachments"
import { createMessageStep } from "../steps/create-message"
import { createTicketStep } from "../steps/create-ticket"
import { createTicketLineItemsStep } from "../steps/create-ticket-line-items"
import { recordTicketProductsStep } from "../steps/record-ticket-products"
import { snapshotTicketLineItemsStep } from "../steps/snapshot-ticket-line-items"
import { validateAssigneeStep } from "../steps/validate-assignee"
import { validateTicketOrderStep } from "../steps/validate-ticket-order"
import { refreshSlaClocksStep } from "../../sla/steps/refresh-sla-clocks"
import { refreshPriorityScoresStep } from "../../priority/steps/refresh-priority-scores"
import { CreateTicketWorkflowInput } from "../types"
import { uploaderKeysFor } from "../uploader-keys"

export const createTicketWorkflowId = "create-support-ticket"

/**
 * Opens a ticket with its first message. Shoppers may only link their own order; the result
 * carries the guest access token when one was issued (shown once, never stored in clear).
 *
 * Hook `ticketCreated` ({ ticket, message, additional_data }) runs after the writes; a hook that
 * throws rolls the creation back.
 *
 * @example
 * const { result } = await createTicketWorkflow(container).run({
 *   input: { subject: "Where is my order?", body: "...", author: { type: "customer", id: customerId }, customer_id: customerId },
 * })
 */
export const createTicketWorkflow = createWorkflow(
  createTicketWorkflowId,
  (input: WorkflowData<CreateTicketWorkflowInput>) => {
    const orderCheck = transform({ input }, ({ input }) => ({
      order_id: input.order_id,
      customer_id: input.author.type === "customer" ? input.customer_id : null,
      email: input.author.type === "customer" ? input.email : null,
      any_owner: input.author.type !== "customer",
    }))
    validateTicketOrderStep(orderCheck)
    const lineItems = snapshotTicketLineItemsStep(
      transform({ input }, ({ input }) => ({ order_id: input.order_id, line_item_ids: input.line_item_ids }))
    )
    validateAssigneeStep({ assignee_id: input.assignee_id })

    const created = createTicketStep(input)

    const messageInput = transform({ input, created }, ({ input, created }) => ({
      ticket_id: created.ticket.id,
      author_type: input.author.type,
      author_id: input.author.id ?? null,
      author_name: input.author.name ?? null,
      body: input.body,
      channel: input.channel ?? "web",
      // The ticket's activity times were written with it, from this time.
      created_at: created.first_message_at,
      search_overflow: created.first_message_search_overflow,
    }))
    const message = createMessageStep(messageInput)
    createTicketLineItemsStep(
      transform({ created, lineItems }, ({ created, lineItems }) => ({ ticket_id: created.ticket.id, items: lineItems }))
    )
    // What the contact rate report counts the ticket for (docs/reports.md).
    recordTicketProductsStep(
      transform({ input, created, lineItems }, ({ input, created, lineItems }) => ({
        ticket_id: created.ticket.id,
        created_at: created.ticket.created_at,
        order_id: input.order_id,
        items: lineItems,
      }))
    )

    const claim = transform({ input, message }, ({ input, message }) => ({
      attachment_ids: input.attachment_ids,
      message_id: message.id,
      uploaded_by: uploaderKeysFor(input.author, input.customer_id),
    }))
    claimAttachmentsStep(claim)
    refreshSlaClocksStep(transform({ created }, ({ created }) => [{ ticket_id: created.ticket.id, from_status: null }]))
    refreshPriorityScoresStep(transform({ created }, ({ created }) => ({ ticket_ids: [created.ticket.id], siblings: true })))
    const ticketCreated = createHook("ticketCreated", {
      ticket: created.ticket,
      message,
      additional_data: input.additional_data,
    })

    emitEventStep({
      eventName: HelpdeskEvents.TICKET_CREATED,
      data: { id: created.ticket.id },
    })
    emitEventStep({
      eventName: HelpdeskEvents.MESSAGE_CREATED,
      data: { id: created.ticket.id, message_id: message.id },
    }).config({ name: "emit-support-message-created" })

    return new WorkflowResponse(
      transform({ created, message }, ({ created, message }) => ({
        ticket: created.ticket,
        message,
        access_token: created.access_token,
      })),
      { hooks: [ticketCreated] }
    )
  }
)
