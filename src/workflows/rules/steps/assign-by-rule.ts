import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  availableMembers,
  delegateFor,
  pickFewestOpen,
  pickRoundRobin,
} from "../../../modules/helpdesk/domain/assignment/assignment"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type { AssignTarget } from "../../../modules/helpdesk/domain/rules/schema"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export const assignByRuleStepId = "assign-support-ticket-by-rule"

export type AssignByRuleInput = { ticket_id: string; target?: AssignTarget | null }
export type AssignByRuleResult = {
  changed: boolean
  assignee_id: string | null
  delegated_from_id: string | null
  /** Nobody could take it (everyone in the group away): left as it was. */
  unassignable?: boolean
}

const FEWEST_OPEN_LOCK_SECONDS = 10

/**
 * Picks the agent of a rule's `assign` action and writes the assignee. The caller holds the
 * ticket's lock, so the write does not race another write to this ticket.
 * - an agent: them, or their delegate when they are away (delegated_from_id names them);
 * - a round-robin group: the next available member by the group's atomic turn counter, so
 *   concurrent tickets each get their own turn and none goes to an away agent;
 * - a fewest-open group: under the group's lock (Locking module), the available member with the
 *   fewest open tickets, written before the lock is released, so two tickets cannot both count
 *   the same "fewest".
 * Undone by writing the previous assignee back.
 */
export const assignByRuleStep = createStep(
  assignByRuleStepId,
  async (input: AssignByRuleInput, { container }) => {
    const none: AssignByRuleResult = { changed: false, assignee_id: null, delegated_from_id: null }
    if (!input.target) return new StepResponse(none, null)
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const [ticket] = await helpdesk.listSupportTickets({ id: input.ticket_id }, { select: ["id", "assignee_id", "delegated_from_id"], take: 1 })
    if (!ticket) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Ticket with id: ${input.ticket_id} was not found`)
    const previous = { id: ticket.id, assignee_id: ticket.assignee_id ?? null, delegated_from_id: ticket.delegated_from_id ?? null }
    const now = new Date()

    const write = async (pick: { assignee_id: string; delegated_from_id: string | null }) => {
      if (pick.assignee_id === previous.assignee_id && pick.delegated_from_id === previous.delegated_from_id) {
        return { changed: false, ...pick }
      }
      await helpdesk.updateTicketIfVersion(ticket.id, null, pick)
      return { changed: true, ...pick }
    }

    if ("agent_id" in input.target) {
      const agentId = input.target.agent_id
      const users = await container.resolve(Modules.USER).listUsers({ id: agentId }, { select: ["id"], take: 1 })
      if (!users.length) return new StepResponse({ ...none, unassignable: true }, null)
      const statuses = await agentStatuses(helpdesk, [agentId])
      const result = await write(delegateFor(agentId, statuses, now))
      return new StepResponse(result, result.changed ? previous : null)
    }

    const [group] = await helpdesk.listSupportAssignmentGroups({ id: input.target.group_id }, { take: 1 })
    if (!group) return new StepResponse({ ...none, unassignable: true }, null)
    const members = (group.member_ids as string[]) ?? []
    const available = availableMembers(members, await agentStatuses(helpdesk, members), now)
    if (!available.length) return new StepResponse({ ...none, unassignable: true }, null)

    if (group.strategy === "fewest_open") {
      const locking = container.resolve(Modules.LOCKING)
      const result = await locking.execute(
        `support_assignment_group:${group.id}`,
        async () => {
          const counts = await helpdesk.countOpenTicketsByAssignee(available)
          const pick = pickFewestOpen(available, counts)!
          return write({ assignee_id: pick, delegated_from_id: null })
        },
        { timeout: FEWEST_OPEN_LOCK_SECONDS }
      )
      return new StepResponse(result, result.changed ? previous : null)
    }

    const turn = await helpdesk.nextAssignmentTurn(group.id)
    const pick = turn === null ? null : pickRoundRobin(available, turn)
    if (!pick) return new StepResponse({ ...none, unassignable: true }, null)
    const result = await write({ assignee_id: pick, delegated_from_id: null })
    return new StepResponse(result, result.changed ? previous : null)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container
      .resolve<HelpdeskModuleService>(HELPDESK_MODULE)
      .updateTicketIfVersion(previous.id, null, { assignee_id: previous.assignee_id, delegated_from_id: previous.delegated_from_id })
  }
)

async function agentStatuses(helpdesk: HelpdeskModuleService, ids: string[]) {
  if (!ids.length) return []
  const rows = await helpdesk.listSupportAgentPresences({ id: ids })
  return rows.map((r) => ({ user_id: r.id, away: r.away, away_until: r.away_until, delegate_id: r.delegate_id }))
}
