import { accessTokenMatches } from "../../modules/helpdesk/domain/access-token"
import { HelpdeskActor, MessageAuthor } from "./types"

export function authorFor(actor: HelpdeskActor): MessageAuthor {
  switch (actor.type) {
    case "customer":
      return { type: "customer", id: actor.customer_id ?? null, name: actor.name ?? null }
    case "agent":
      return { type: "agent", id: actor.id, name: actor.name ?? null }
    default:
      return { type: "system", id: null, name: actor.name ?? null }
  }
}

/** Agents and the system may act on any ticket; a shopper only on their own (account or token). */
export function actorMayAccess(
  actor: HelpdeskActor,
  ticket: {
    customer_id?: string | null
    access_token_hash?: string | null
    access_token_expires_at?: Date | string | null
  }
): boolean {
  if (actor.type !== "customer") return true
  if (actor.customer_id && ticket.customer_id === actor.customer_id) return true
  if (!actor.access_token) return false
  const expires = ticket.access_token_expires_at ? new Date(ticket.access_token_expires_at) : null
  return (
    !!expires &&
    expires.getTime() > Date.now() &&
    accessTokenMatches(actor.access_token, ticket.access_token_hash)
  )
}
