import { TicketStatus } from "../../modules/helpdesk/domain/constants"
import {
  assertTransition,
  timestampsForTransition,
  TransitionActor,
} from "../../modules/helpdesk/domain/status-transitions"
import { CreateMessageStepInput } from "./steps/create-message"

/**
 * The columns a status move writes, checked against the transition table; nothing when the status
 * stays. Shared by the single and the bulk update so both move tickets the same way.
 */
export function statusChangeFields(from: TicketStatus, to: TicketStatus | undefined, actor: TransitionActor, now: Date) {
  if (to === undefined || to === from) return {}
  assertTransition(from, to, actor)
  return { status: to, ...timestampsForTransition(from, to, now) }
}

/** The system line a status move leaves in the thread. */
export function statusLine(
  ticketId: string,
  from: TicketStatus,
  to: TicketStatus,
  actorName: string | null | undefined
): CreateMessageStepInput {
  return {
    ticket_id: ticketId,
    author_type: "system",
    author_name: actorName ?? null,
    body: `Status changed from ${from} to ${to}`,
    metadata: { event: "status_changed", from, to },
  }
}
