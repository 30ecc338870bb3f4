import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../../modules/helpdesk/service"
import { actorMayAccess } from "../../../../workflows/tickets/actor"
import { mayFollowMerge, mergeChain } from "../../../../workflows/tickets/merge-chain"
import type { HelpdeskActor } from "../../../../workflows/tickets/types"

type Resolver = Pick<MedusaContainer, "resolve">

// The shopper's view is built from these allowlists, never from client-chosen fields, so
// internal notes and agent-only columns cannot reach a store response.
const TICKET_FIELDS = [
  "id",
  "display_id",
  "subject",
  "status",
  "category",
  "channel",
  "order_id",
  "created_at",
  "updated_at",
  "last_message_at",
] as const

// Columns read for a store answer: the shown fields, the rating, and what access checks need
// (never the search columns, the largest of a ticket).
export const STORE_TICKET_SELECT = [
  ...TICKET_FIELDS,
  "rating_score",
  "rating_comment",
  "rated_at",
  "customer_id",
  "access_token_hash",
  "access_token_expires_at",
  "public_updated_at",
]

type AnyRecord = Record<string, any>

export function presentStoreTicket(ticket: AnyRecord, messages?: AnyRecord[]) {
  const out: AnyRecord = {}
  for (const field of TICKET_FIELDS) out[field] = ticket[field] ?? null
  // Shoppers see the time of public activity only: internal notes and agent-only edits move updated_at.
  if (ticket.public_updated_at) out.updated_at = ticket.public_updated_at
  out.rating = ticket.rated_at
    ? { score: ticket.rating_score, comment: ticket.rating_comment ?? null, created_at: ticket.rated_at }
    : null
  if (messages) out.messages = messages.filter((m) => !m.internal).map(presentStoreMessage)
  return out
}

function presentStoreMessage(message: AnyRecord) {
  return {
    id: message.id,
    author_type: message.author_type,
    author_name: message.author_name ?? null,
    body: message.body,
    attachments: (message.attachments ?? []).map((a: AnyRecord) => ({
      id: a.id,
      filename: a.filename,
      mime_type: a.mime_type,
      size: a.size,
      url: a.url,
    })),
    created_at: message.created_at,
  }
}

/** A ticket with its public thread, if the actor may see it; otherwise the same 404 as a missing id. */
export async function retrieveStoreTicket(scope: Resolver, id: string, actor: HelpdeskActor) {
  const helpdesk = scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const [ticket] = await helpdesk.listSupportTickets({ id }, { take: 1, select: STORE_TICKET_SELECT })
  if (!ticket || !actorMayAccess(actor, ticket)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Ticket with id: ${id} was not found`)
  }
  const messages = await helpdesk.listSupportMessages(
    { ticket_id: id, internal: false },
    { relations: ["attachments"], order: { created_at: "ASC", id: "ASC" } }
  )
  return presentStoreTicket(ticket, messages)
}

/**
 * The store answer for `id`: the ticket itself, or for a merged ticket the surviving one with
 * `redirected_from: id` when the shopper may follow the merge (workflows/tickets/merge-chain.ts).
 * A shopper who may not still sees their merged (closed, now empty) ticket, flagged `merged`.
 */
export async function retrieveStoreTicketFollowingMerges(scope: Resolver, id: string, actor: HelpdeskActor) {
  const helpdesk = scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const chain = await mergeChain(helpdesk, id)
  if (chain.length > 1 && actorMayAccess(actor, chain[0])) {
    if (mayFollowMerge(actor, chain)) {
      const survivor = chain[chain.length - 1]
      return { ticket: await retrieveStoreTicket(scope, survivor.id, { type: "system" }), redirected_from: id }
    }
    return { ticket: { ...(await retrieveStoreTicket(scope, id, actor)), merged: true } }
  }
  return { ticket: await retrieveStoreTicket(scope, id, actor) }
}
