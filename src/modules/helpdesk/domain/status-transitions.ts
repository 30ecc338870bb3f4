import { MedusaError } from "@medusajs/framework/utils"
import { TicketStatus } from "./constants"

export type TransitionActor = "customer" | "agent" | "system"

/**
 * The one table of status moves. Shoppers close, or reopen what was solved or closed; agents and
 * automation move freely. Replies move status through statusAfter*Reply below.
 */
export const TRANSITIONS: Readonly<Record<TransitionActor, Readonly<Record<TicketStatus, readonly TicketStatus[]>>>> = {
  customer: {
    open: ["closed"],
    pending: ["open", "closed"],
    solved: ["open", "closed"],
    closed: ["open"],
  },
  agent: {
    open: ["pending", "solved", "closed"],
    pending: ["open", "solved", "closed"],
    solved: ["open", "pending", "closed"],
    closed: ["open", "pending", "solved"],
  },
  system: {
    open: ["pending", "solved", "closed"],
    pending: ["open", "solved", "closed"],
    solved: ["open", "pending", "closed"],
    closed: ["open", "pending", "solved"],
  },
}

export function canTransition(from: TicketStatus, to: TicketStatus, actor: TransitionActor): boolean {
  return from === to || TRANSITIONS[actor][from].includes(to)
}

export function assertTransition(from: TicketStatus, to: TicketStatus, actor: TransitionActor): void {
  if (!canTransition(from, to, actor)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `A ${actor} cannot move a ticket from ${from} to ${to}`
    )
  }
}

/** A shopper writing again means the ticket needs an agent: back to open, even from closed. */
export function statusAfterCustomerReply(_status: TicketStatus): TicketStatus {
  return "open"
}

/** An agent's public reply keeps the status unless the agent picks one (e.g. pending). */
export function statusAfterAgentReply(status: TicketStatus, requested?: TicketStatus): TicketStatus {
  return requested ?? status
}

/** solved_at / closed_at as a move sets or clears them. */
export function timestampsForTransition(
  from: TicketStatus,
  to: TicketStatus,
  now: Date
): { solved_at?: Date | null; closed_at?: Date | null } {
  if (from === to) return {}
  const out: { solved_at?: Date | null; closed_at?: Date | null } = {}
  if (to === "solved") out.solved_at = now
  if (to === "closed") out.closed_at = now
  if (to === "open" || to === "pending") {
    out.solved_at = null
    out.closed_at = null
  }
  return out
}
