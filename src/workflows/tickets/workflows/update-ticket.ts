import { MedusaError } from "@medusajs/framework/utils"
import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { HelpdeskEvents } from "../../../modules/helpdesk/domain/events"
import { TicketStatus } from "../../../modules/helpdesk/domain/constants"
import { statusLine } from "../status-change"
import { applyTicketChangesStep } from "../steps/apply-ticket-changes"
import { refreshSlaClocksStep } from "../../sla/steps/refresh-sla-clocks"
import { refreshPriorityScoresStep } from "../../priority/steps/refresh-priority-scores"
import { slaRefreshesFor } from "../../sla/refresh-inputs"
import { createMessageStep } from "../steps/create-message"
import { loadTicketForActorStep } from "../steps/load-ticket-for-actor"
import { lockTicketsStep } from "../steps/lock-tickets"
import { resolveShopperTicketStep } from "../steps/resolve-shopper-ticket"
import { unlockTicketsStep } from "../steps/unlock-tickets"
import { validateAssigneeStep } from "../steps/validate-assignee"
import { TicketChangeRequest } from "../ticket-changes"
import { UpdateTicketWorkflowInput } from "../types"

export const updateTicketWorkflowId = "update-support-ticket"

const AGENT_ONLY = ["priority", "assignee_id", "category", "tags", "metadata"] as const

/**
 * Changes a ticket's status and properties. Status moves follow the one transition table
 * (domain/status-transitions.ts); a status change leaves a system line in the thread.
 *
 * Hook `ticketUpdated` ({ ticket, additional_data }) runs before the lock is released; a hook that
 * throws rolls the change back.
 *
 * @example
 * await updateTicketWorkflow(container).run({
 *   input: { id: ticketId, actor: { type: "agent", id: userId }, priority: "high" },
 * })
 */
export const updateTicketWorkflow = createWorkflow(
  updateTicketWorkflowId,
  (input: WorkflowData<UpdateTicketWorkflowInput>) => {
    const target = resolveShopperTicketStep({ ticket_id: input.id, actor: input.actor, follow_merges: input.follow_merges })
    const locks = lockTicketsStep(transform({ target }, ({ target }) => ({ ids: [target.ticket_id] })))
    const ticket = loadTicketForActorStep(
      transform({ input, target }, ({ input, target }) => ({
        ticket_id: target.ticket_id,
        actor: input.actor,
        via_ticket_id: target.redirected_from,
      }))
    )
    validateAssigneeStep({ assignee_id: input.assignee_id })

    const requests = transform({ input, ticket }, ({ input, ticket }): TicketChangeRequest[] => {
      if (input.actor.type === "customer" && AGENT_ONLY.some((k) => input[k] !== undefined)) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Shoppers can only close or reopen a ticket")
      }
      const set: Record<string, unknown> = {}
      for (const key of AGENT_ONLY) if (input[key] !== undefined) set[key] = input[key]
      return [
        {
          kind: "update",
          id: ticket.id,
          actor_type: input.actor.type,
          set,
          status: input.status,
          expected_updated_at: input.expected_updated_at,
        },
      ]
    })
    const applied = applyTicketChangesStep(requests)
    const updated = transform({ applied }, ({ applied }) => applied.tickets[0])
    refreshSlaClocksStep(transform({ applied }, ({ applied }) => slaRefreshesFor(applied.applied)))
    refreshPriorityScoresStep(transform({ applied }, ({ applied }) => ({ ticket_ids: applied.applied.map((a) => a.before.id) })))

    const flags = transform({ applied }, ({ applied }) => {
      const { before, changes } = applied.applied[0]
      return {
        statusChanged: changes.status !== undefined && changes.status !== before.status,
        assigned: changes.assignee_id !== undefined && changes.assignee_id !== before.assignee_id,
      }
    })

    when({ flags }, ({ flags }) => flags.statusChanged).then(() => {
      const note = transform({ input, applied }, ({ input, applied }) => {
        const { before, changes } = applied.applied[0]
        return statusLine(before.id, before.status, changes.status as TicketStatus, input.actor.name)
      })
      createMessageStep(note).config({ name: "create-support-status-message" })
    })
    const ticketUpdated = createHook("ticketUpdated", { ticket: updated, additional_data: input.additional_data })
    unlockTicketsStep(locks)

    const eventData = transform({ ticket }, ({ ticket }) => ({ id: ticket.id }))
    emitEventStep({ eventName: HelpdeskEvents.TICKET_UPDATED, data: eventData })
    when({ flags }, ({ flags }) => flags.statusChanged).then(() => {
      emitEventStep({ eventName: HelpdeskEvents.STATUS_CHANGED, data: eventData }).config({
        name: "emit-support-status-changed",
      })
    })
    when({ flags }, ({ flags }) => flags.assigned).then(() => {
      emitEventStep({ eventName: HelpdeskEvents.ASSIGNED, data: eventData }).config({
        name: "emit-support-assigned",
      })
    })

    return new WorkflowResponse(updated, { hooks: [ticketUpdated] })
  }
)
