import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../../modules/helpdesk/service"
import { actorMayAccess } from "../../../../workflows/tickets/actor"
import type { HelpdeskActor } from "../../../../workflows/tickets/types"
import { storeName } from "../../../utils/store-name"

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

export function presentStoreTicket(ticket: AnyRecord, messages?: AnyRecord[], opts: { storeName?: string | null } = {}) {
  const out: AnyRecord = {}
  for (const field of TICKET_FIELDS) out[field] = ticket[field] ?? null
  out.rating = ticket.rated_at
    ? { score: ticket.rating_score, comment: ticket.rating_comment ?? null, created_at: ticket.rated_at }
    : null
  if (messages) {
    out.messages = messages.filter((m) => !m.internal).map((m) => presentStoreMessage(m, opts.storeName ?? null))
  }
  return out
}

function presentStoreMessage(message: AnyRecord, storeName: string | null) {
  return {
    id: message.id,
    author_type: message.author_type,
    author_name: shopperFacingAuthorName(message, storeName),
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
  return presentStoreTicket(ticket, messages, {
    storeName: needsStoreName(messages) ? await storeName(scope) : null,
  })
}
