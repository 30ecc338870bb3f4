import type { AppliedTicketChange } from "../tickets/steps/apply-ticket-changes"
import type { SlaRefresh } from "./steps/refresh-sla-clocks"

/** What the SLA clocks need to know about ticket writes (for refreshSlaClocksStep). */
export function slaRefreshesFor(
  applied: AppliedTicketChange[],
  message?: { author_type?: string | null; internal?: boolean | null } | null
): SlaRefresh[] {
  const reply =
    message && !message.internal && (message.author_type === "agent" || message.author_type === "customer")
      ? (message.author_type as "agent" | "customer")
      : null
  return applied.map(({ before, changes }) => ({
    ticket_id: before.id,
    from_status: before.status,
    reply,
    repick:
      (changes.priority !== undefined && changes.priority !== before.priority) ||
      (changes.channel !== undefined && changes.channel !== before.channel),
  }))
}
