import { MedusaError } from "@medusajs/framework/utils"
import { AuthorType, TicketStatus } from "../../modules/helpdesk/domain/constants"
import { assertUnchangedSince } from "../../modules/helpdesk/domain/stale-view"
import { ticketChangesAfterMessage, withPublicActivity } from "../../modules/helpdesk/domain/ticket-activity"
import { searchTokensWith } from "../../modules/helpdesk/domain/search-tokens"
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
      message: {
        id: string
        author_type: AuthorType
        internal: boolean
        body: string
        created_at: Date | string
        /** As the message was written (steps/create-message.ts). */
        search_overflow: boolean
      }
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
      /** Taken off the ticket's tags. */
      remove_tags?: string[]
      status?: TicketStatus
      expected_updated_at?: string | null
      /** The public thread changed (messages moved in by a merge). */
      public_change?: boolean
    }
  | { kind: "rate"; id: string; score: number; comment: string | null }
  | {
      kind: "merge_into"
      id: string
      sources: { id: string; search_text?: string | null; search_overflow?: boolean; last_message_at?: Date | string | null }[]
    }

type Row = Record<string, any> & { id: string; status: TicketStatus }

/** The columns to write for `request` on the ticket as it is now; throws when the change is not allowed. */
export function planTicketChange(ticket: Row, request: TicketChangeRequest, now: Date): Record<string, unknown> {
  switch (request.kind) {
    case "message": {
      const { id: _id, ...changes } = ticketChangesAfterMessage(ticket, request.message, request.status)
      const search = searchTokensWith(ticket.search_text ?? "", request.message.body)
      if (search.text !== (ticket.search_text ?? "")) changes.search_text = search.text
      if ((request.message.search_overflow || !search.complete) && !ticket.search_overflow) changes.search_overflow = true
      // A message written a moment before a newer one landed must not move the time back.
      if (changes.last_message_at && ticket.last_message_at && new Date(ticket.last_message_at) > (changes.last_message_at as Date)) {
        delete changes.last_message_at
      }
      return withPublicActivity(ticket, changes, now)
    }
    case "update": {
      assertUnchangedSince(ticket.updated_at, request.expected_updated_at)
      const changes: Record<string, unknown> = { ...(request.set ?? {}) }
      if (request.add_tags?.length || request.remove_tags?.length) {
        const tags = [...new Set([...(ticket.tags ?? []), ...(request.add_tags ?? [])])].filter((t) => !request.remove_tags?.includes(t))
        if (tags.join("\u0000") !== (ticket.tags ?? []).join("\u0000")) changes.tags = tags
      }
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
      const search = mergedSearch(ticket, request.sources)
      const changes: Record<string, unknown> = { search_text: search.text }
      if ((!search.complete || request.sources.some((s) => s.search_overflow)) && !ticket.search_overflow) {
        changes.search_overflow = true
      }
      if (times.length) changes.last_message_at = new Date(Math.max(...times))
      return withPublicActivity(ticket, changes, now, true)
    }
  }
}

function mergedSearch(ticket: Row, sources: { search_text?: string | null }[]) {
  let text = ticket.search_text ?? ""
  let complete = true
  for (const source of sources) {
    const merged = searchTokensWith(text, source.search_text ?? "")
    text = merged.text
    complete &&= merged.complete
  }
  return { text, complete }
}

/**
 * Messages to mark `search_overflow` after `request` was applied to `ticket` (the row it was
 * planned from): a message whose tokens did not all fit the ticket's, or, after a merge past the
 * ticket's token budget, every message of the tickets involved.
 */
export function messagesOutsideTicketSearch(ticket: Row, request: TicketChangeRequest): { ids?: string[]; ticket_ids?: string[] } | null {
  if (request.kind === "message") {
    if (request.message.search_overflow) return null
    return searchTokensWith(ticket.search_text ?? "", request.message.body).complete ? null : { ids: [request.message.id] }
  }
  if (request.kind === "merge_into") {
    return mergedSearch(ticket, request.sources).complete ? null : { ticket_ids: [ticket.id, ...request.sources.map((s) => s.id)] }
  }
  return null
}
