import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../../../../modules/helpdesk/domain/constants"
import { inPageOrder, THREAD_PAGE_SIZE, ThreadPage } from "../../../../modules/helpdesk/domain/thread-page"
import type HelpdeskModuleService from "../../../../modules/helpdesk/service"
import { presentAttachment } from "../../../utils/attachments"
import { actorMayAccess } from "../../../../workflows/tickets/actor"
import { mayFollowMerge, mergeChain } from "../../../../workflows/tickets/merge-chain"
import type { HelpdeskActor } from "../../../../workflows/tickets/types"
import { storeName } from "../../../utils/store-name"
import { storeSurveyLinker, StoreSurveyLinker, surveyRequestOf } from "../../../../workflows/surveys/links"

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
  "locale",
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

export const DEFAULT_STAFF_NAME = "Support"

const looksLikeEmail = (name: string) => name.includes("@")

/**
 * The name a shopper sees on a staff message: the agent's first name as stored, never an email
 * address (rows written before agents without a first name were signed by their email), else the
 * store's name. System lines keep no name or a plain one.
 */
export function shopperFacingAuthorName(message: AnyRecord, storeName: string | null): string | null {
  const name = typeof message.author_name === "string" ? message.author_name.trim() : ""
  if (message.author_type === "customer") return name || null
  if (name && !looksLikeEmail(name)) return name
  if (message.author_type === "system" && !name) return null
  return storeName || DEFAULT_STAFF_NAME
}

/** Whether presenting these messages needs the store's name (to skip reading it otherwise). */
export function needsStoreName(messages: AnyRecord[]): boolean {
  return messages.some(
    (m) => !m.internal && m.author_type !== "customer" && shopperFacingAuthorName(m, null) === DEFAULT_STAFF_NAME
  )
}

/** A ticket as a shopper sees it; with a thread page, its messages and how many there are in all. */
export function presentStoreTicket(
  ticket: AnyRecord,
  thread?: ThreadPage<AnyRecord>,
  opts: { storeName?: string | null; surveyLinker?: StoreSurveyLinker | null } = {}
) {
  const out: AnyRecord = {}
  for (const field of TICKET_FIELDS) out[field] = ticket[field] ?? null
  // Shoppers see the time of public activity only: internal notes and agent-only edits move updated_at.
  if (ticket.public_updated_at) out.updated_at = ticket.public_updated_at
  out.rating = ticket.rated_at
    ? { score: ticket.rating_score, comment: ticket.rating_comment ?? null, created_at: ticket.rated_at }
    : null
  if (thread) {
    out.messages = thread.messages
      .filter((m) => !m.internal)
      .map((m) => presentStoreMessage(m, ticket.id, opts.storeName ?? null, opts.surveyLinker))
    out.messages_count = thread.count
    out.has_earlier_messages = thread.has_more
  }
  return out
}

export function presentStoreMessage(message: AnyRecord, ticketId: string, storeName: string | null, surveyLinker?: StoreSurveyLinker | null) {
  const out: AnyRecord = {
    id: message.id,
    author_type: message.author_type,
    author_name: shopperFacingAuthorName(message, storeName),
    body: message.body,
    attachments: (message.attachments ?? []).map((a: AnyRecord) => presentAttachment("store", ticketId, a)),
    created_at: message.created_at,
  }
  // The thread's satisfaction survey: its signed link, scale and expiry (docs/automation.md).
  const survey = surveyLinker?.(message, ticketId)
  if (survey) out.survey = survey
  return out
}

/** The survey linker when some of these messages is a survey message (null otherwise: nothing to sign). */
export function surveyLinkerFor(scope: Resolver, messages: AnyRecord[]): StoreSurveyLinker | null {
  return messages.some((m) => !m.internal && surveyRequestOf(m.metadata)) ? storeSurveyLinker(scope) : null
}

/** The ticket's row if the actor may see it; otherwise the same 404 as a missing id. */
export async function retrieveStoreTicketRow(scope: Resolver, id: string, actor: HelpdeskActor) {
  const helpdesk = scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const [ticket] = await helpdesk.listSupportTickets({ id }, { take: 1, select: STORE_TICKET_SELECT })
  if (!ticket || !actorMayAccess(actor, ticket)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Ticket with id: ${id} was not found`)
  }
  return ticket
}

/**
 * A page of the public thread (internal notes are neither returned nor counted); null when
 * `before` is not a public message of this ticket.
 */
export async function loadStoreThreadPage(
  scope: Resolver,
  ticketId: string,
  page: { before?: string | null; limit: number } = { limit: THREAD_PAGE_SIZE }
): Promise<ThreadPage<AnyRecord> | null> {
  const helpdesk = scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const found = await helpdesk.listThreadPage(ticketId, { ...page, publicOnly: true })
  if (!found) return null
  const rows = found.ids.length
    ? await helpdesk.listSupportMessages({ id: found.ids, ticket_id: ticketId, internal: false }, { relations: ["attachments"] })
    : []
  return { messages: inPageOrder(found.ids, rows), count: found.count, has_more: found.hasMore }
}

/** A ticket with the newest page of its public thread, if the actor may see it (else 404). */
export async function retrieveStoreTicket(scope: Resolver, id: string, actor: HelpdeskActor) {
  const ticket = await retrieveStoreTicketRow(scope, id, actor)
  const thread = (await loadStoreThreadPage(scope, id))!
  return presentStoreTicket(ticket, thread, {
    storeName: needsStoreName(thread.messages) ? await storeName(scope) : null,
    surveyLinker: surveyLinkerFor(scope, thread.messages),
  })
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
