import { MedusaError } from "@medusajs/framework/utils"
import { AuthorType, TicketStatus } from "../../modules/helpdesk/domain/constants"
import { assertUnchangedSince } from "../../modules/helpdesk/domain/stale-view"
import { ticketChangesAfterMessage, withPublicActivity } from "../../modules/helpdesk/domain/ticket-activity"
import { mergeSearchText } from "../../modules/helpdesk/domain/search-tokens"
import { TransitionActor } from "../../modules/helpdesk/domain/status-transitions"
import { statusChangeFields } from "./status-change"

/**
 * What a workflow wants done to one ticket, described so it can be recomputed from a fresh read
 * (steps/apply-ticket-changes.ts re-plans after losing a version race).
 */
export type TicketChangeRequest =
  | {
      kind: "message"
      id: string
      message: { author_type: AuthorType; internal: boolean; body: string; created_at: Date | string }
      status?: TicketStatus
    }
  | {
      kind: "update"
      id: string
      actor_type: TransitionActor
      /** Columns written as given. */
      set?: Record<string, unknown>
      /** Added to the ticket's own tags. */
      add_tags?: string[]
      status?: TicketStatus
      expected_updated_at?: string | null
      /** The public thread changed (messages moved in by a merge). */
      public_change?: boolean
    }
  | { kind: "rate"; id: string; score: number; comment: string | null }
  | { kind: "merge_into"; id: string; sources: { search_text?: string | null; last_message_at?: Date | string | null }[] }

type Row = Record<string, any> & { id: string; status: TicketStatus }

/** The columns to write for `request` on the ticket as it is now; throws when the change is not allowed. */
export function planTicketChange(ticket: Row, request: TicketChangeRequest, now: Date): Record<string, unknown> {
  switch (request.kind) {
    case "message": {
      const { id: _id, ...changes } = ticketChangesAfterMessage(ticket, request.message, request.status)
      // A message written a moment before a newer one landed must not move the time back.
      if (changes.last_message_at && ticket.last_message_at && new Date(ticket.last_message_at) > (changes.last_message_at as Date)) {
        delete changes.last_message_at
      }
      return withPublicActivity(ticket, changes, now)
    }
    case "update": {
      assertUnchangedSince(ticket.updated_at, request.expected_updated_at)
      const changes: Record<string, unknown> = { ...(request.set ?? {}) }
      if (request.add_tags?.length) changes.tags = [...new Set([...(ticket.tags ?? []), ...request.add_tags])]
      Object.assign(changes, statusChangeFields(ticket.status, request.status, request.actor_type, now))
      return withPublicActivity(ticket, changes, now, request.public_change)
    }
    case "rate": {
      if (ticket.status !== "solved" && ticket.status !== "closed") {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Only a solved or closed ticket can be rated")
      }
      if (ticket.rated_at) throw new MedusaError(MedusaError.Types.CONFLICT, "This ticket has already been rated")
      return withPublicActivity(ticket, { rating_score: request.score, rating_comment: request.comment, rated_at: now }, now)
    }
    case "merge_into": {
      const times = [ticket, ...request.sources]
        .map((t) => t.last_message_at && new Date(t.last_message_at).getTime())
        .filter((t): t is number => !!t)
      const changes: Record<string, unknown> = {
        search_text: request.sources.reduce((acc, s) => mergeSearchText(acc, s.search_text ?? ""), ticket.search_text ?? ""),
      }
      if (times.length) changes.last_message_at = new Date(Math.max(...times))
      return withPublicActivity(ticket, changes, now, true)
    }
  }
}
