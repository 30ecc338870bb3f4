import { AuthorType, TicketStatus } from "./constants"
import {
  assertTransition,
  statusAfterAgentReply,
  statusAfterCustomerReply,
  timestampsForTransition,
} from "./status-transitions"

type TicketState = {
  id: string
  status: TicketStatus
  first_response_at?: Date | string | null
}

type NewMessage = {
  author_type: AuthorType
  internal: boolean
  body: string
  created_at: Date | string
}

/**
 * What a new message changes on its ticket. An internal note changes nothing: activity times and
 * status are visible to the shopper and must not reveal a note. (The message's search tokens are
 * stored with the message itself, not on the ticket.)
 */
export function ticketChangesAfterMessage(
  ticket: TicketState,
  message: NewMessage,
  requestedStatus?: TicketStatus
): { id: string } & Record<string, unknown> {
  const changes: { id: string } & Record<string, unknown> = { id: ticket.id }
  if (message.internal) return changes

  const at = new Date(message.created_at)
  changes.last_message_at = at
  let next = ticket.status
  if (message.author_type === "customer") {
    changes.last_customer_message_at = at
    next = statusAfterCustomerReply(ticket.status)
  } else if (message.author_type === "agent") {
    if (!ticket.first_response_at) changes.first_response_at = at
    next = statusAfterAgentReply(ticket.status, requestedStatus)
  }
  if (next !== ticket.status) {
    assertTransition(ticket.status, next, message.author_type)
    Object.assign(changes, { status: next }, timestampsForTransition(ticket.status, next, at))
  }
  return changes
}

/** Ticket columns a shopper sees (store-ticket.ts); a change to one of them is public activity. */
export const SHOPPER_VISIBLE_FIELDS = [
  "subject",
  "status",
  "category",
  "order_id",
  "last_message_at",
  "rating_score",
  "rating_comment",
  "rated_at",
] as const

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) {
    return a != null && b != null && new Date(a as Date).getTime() === new Date(b as Date).getTime()
  }
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null)
}

/**
 * Adds `public_updated_at` when `changes` alter a column the shopper sees (or `publicChange` says
 * the public thread changed otherwise, e.g. messages moved in by a merge). Priority, tags,
 * assignee, metadata and internal notes leave it alone.
 */
export function withPublicActivity(
  ticket: Record<string, unknown>,
  changes: Record<string, unknown>,
  now: Date,
  publicChange = false
): Record<string, unknown> {
  const visible = SHOPPER_VISIBLE_FIELDS.some((k) => k in changes && !sameValue(changes[k], ticket[k]))
  return visible || publicChange ? { ...changes, public_updated_at: now } : changes
}
