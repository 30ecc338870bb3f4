import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { delegateFor } from "../../../modules/helpdesk/domain/assignment/assignment"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export const delegateIfAwayStepId = "delegate-support-ticket-if-away"

type Previous = { id: string; assignee_id: string | null; delegated_from_id: string | null } | null

/**
 * After an agent assigned a ticket by hand: when the assignee is away and named a delegate who
 * is not, the delegate becomes the assignee and `delegated_from_id` names the away agent (both see
 * it as theirs). A hand assignment to someone else ends an earlier delegation. The caller holds
 * the ticket's lock. Undone by the previous values.
 */
export const delegateIfAwayStep = createStep(
  delegateIfAwayStepId,
  async (input: { ticket_id: string }, { container }): Promise<StepResponse<{ changed: boolean }, Previous>> => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const [ticket] = await helpdesk.listSupportTickets({ id: input.ticket_id }, { select: ["id", "assignee_id", "delegated_from_id"], take: 1 })
    if (!ticket?.assignee_id) {
      if (ticket?.delegated_from_id) {
        await helpdesk.updateTicketIfVersion(ticket.id, null, { delegated_from_id: null })
        return new StepResponse({ changed: true }, { id: ticket.id, assignee_id: null, delegated_from_id: ticket.delegated_from_id })
      }
      return new StepResponse({ changed: false }, null)
    }
    const ids = [ticket.assignee_id]
    const statuses = (await helpdesk.listSupportAgentPresences({ id: ids })).map((s) => ({
      user_id: s.id,
      away: s.away,
      away_until: s.away_until,
      delegate_id: s.delegate_id,
    }))
    const delegateId = statuses[0]?.delegate_id
    if (delegateId) {
      const [d] = await helpdesk.listSupportAgentPresences({ id: delegateId })
      if (d) statuses.push({ user_id: d.id, away: d.away, away_until: d.away_until, delegate_id: d.delegate_id })
    }
    const pick = delegateFor(ticket.assignee_id, statuses, new Date())
    const next = pick.delegated_from_id ? pick : { assignee_id: ticket.assignee_id, delegated_from_id: null }
    if (next.assignee_id === ticket.assignee_id && next.delegated_from_id === (ticket.delegated_from_id ?? null)) {
      return new StepResponse({ changed: false }, null)
    }
    await helpdesk.updateTicketIfVersion(ticket.id, null, next)
    return new StepResponse(
      { changed: next.assignee_id !== ticket.assignee_id },
      { id: ticket.id, assignee_id: ticket.assignee_id, delegated_from_id: ticket.delegated_from_id ?? null }
    )
  },
  async (previous: Previous | undefined, { container }) => {
    if (!previous) return
    await container
      .resolve<HelpdeskModuleService>(HELPDESK_MODULE)
      .updateTicketIfVersion(previous.id, null, { assignee_id: previous.assignee_id, delegated_from_id: previous.delegated_from_id })
  }
)
