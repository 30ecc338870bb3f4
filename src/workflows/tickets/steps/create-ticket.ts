import { generateEntityId } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  deriveAccessToken,
  hashAccessToken,
  newTokenNonce,
} from "../../../modules/helpdesk/domain/access-token"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import { searchTextOf, searchTokensWith } from "../../../modules/helpdesk/domain/search-tokens"
import { ticketChangesAfterMessage } from "../../../modules/helpdesk/domain/ticket-activity"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { guestTokenSecret } from "../guest-token"
import { CreateTicketWorkflowInput } from "../types"

export const createTicketStepId = "create-support-ticket"

export const createTicketStep = createStep(
  createTicketStepId,
  async (input: CreateTicketWorkflowInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const now = new Date()
    const nonce = input.issue_guest_token ? newTokenNonce() : null
    const ttlDays = helpdesk.getOptions().guestTokenTtlDays
    // The id is chosen here because the guest token is derived from it.
    const id = generateEntityId(undefined, "supt")
    const accessToken = nonce
      ? deriveAccessToken(guestTokenSecret(container), id, nonce)
      : undefined
    // What the first message (written next, at `now`) does to the ticket's activity times, stored
    // with the ticket itself rather than by a second update.
    const { id: _id, ...activity } = ticketChangesAfterMessage(
      { id, status: "open", first_response_at: null },
      { author_type: input.author.type, internal: false, body: input.body, created_at: now }
    )

    // The first message's tokens go into the ticket's own, as every later message's do.
    const search = searchTokensWith(searchTextOf(input.subject), input.body)

    const ticket = await helpdesk.createSupportTickets({
      id,
      subject: input.subject,
      status: "open",
      priority: input.priority ?? "normal",
      channel: input.channel ?? "web",
      category: input.category ?? null,
      tags: input.tags ?? [],
      customer_id: input.customer_id ?? null,
      order_id: input.order_id ?? null,
      email: input.email ?? null,
      name: input.name ?? null,
      identity: input.identity ?? (input.customer_id ? "customer" : "unverified"),
      locale: input.locale ?? null,
      assignee_id: input.assignee_id ?? null,
      idempotency_key: input.idempotency_key ?? null,
      idempotency_fingerprint: input.idempotency_key ? input.idempotency_fingerprint ?? null : null,
      access_token_nonce: nonce,
      access_token_hash: accessToken ? hashAccessToken(accessToken) : null,
      access_token_expires_at: nonce ? new Date(now.getTime() + ttlDays * 86_400_000) : null,
      search_text: search.text,
      search_overflow: !search.complete,
      metadata: input.metadata ?? null,
      public_updated_at: now,
      ...activity,
      // Same time as the first message and the activity times (the generated types leave out
      // created_at, which the model accepts).
      ...{ created_at: now },
    })
    return new StepResponse(
      { ticket, access_token: accessToken, first_message_at: now, first_message_search_overflow: !search.complete },
      ticket.id
    )
  },
  async (ticketId, { container }) => {
    if (!ticketId) return
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.deleteSupportTickets(ticketId)
  }
)
