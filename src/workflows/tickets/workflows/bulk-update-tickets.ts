import {
  createWorkflow,
  transform,
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
import { createMessagesStep } from "../steps/create-messages"
import { loadTicketsStep } from "../steps/load-tickets"
import { lockTicketsStep } from "../steps/lock-tickets"
import { unlockTicketsStep } from "../steps/unlock-tickets"
import { validateAssigneeStep } from "../steps/validate-assignee"
import { TicketChangeRequest } from "../ticket-changes"
import { BulkUpdateTicketsWorkflowInput } from "../types"

export const bulkUpdateTicketsWorkflowId = "bulk-update-support-tickets"

/**
 * One change applied to many tickets at once, all or nothing (the inbox's bulk actions): status,
 * priority, assignee, and tags added to each ticket's own. All tickets are locked together
 * (all or nothing), status changes leave the same system line, and the same events are emitted per ticket.
 */
export const bulkUpdateTicketsWorkflow = createWorkflow(
  bulkUpdateTicketsWorkflowId,
  (input: WorkflowData<BulkUpdateTicketsWorkflowInput>) => {
    const locks = lockTicketsStep(
      transform({ input }, ({ input }) => ({ ids: input.ids, timeout_seconds: input.lock_timeout_seconds }))
    )
    loadTicketsStep({ ids: input.ids })
    validateAssigneeStep({ assignee_id: input.assignee_id })

    const requests = transform({ input }, ({ input }): TicketChangeRequest[] => {
      const set: Record<string, unknown> = {}
      if (input.priority !== undefined) set.priority = input.priority
      if (input.assignee_id !== undefined) set.assignee_id = input.assignee_id
      return [...new Set(input.ids)].map((id) => ({
        kind: "update" as const,
        id,
        actor_type: input.actor.type,
        set,
        add_tags: input.add_tags,
        status: input.status,
      }))
    })
    const applied = applyTicketChangesStep(requests)
    refreshSlaClocksStep(transform({ applied }, ({ applied }) => slaRefreshesFor(applied.applied)))
    refreshPriorityScoresStep(transform({ applied }, ({ applied }) => ({ ticket_ids: applied.applied.map((a) => a.before.id) })))
    const plan = transform({ applied }, ({ applied }) =>
      applied.applied.map(({ before, changes }) => ({
        before,
        changes,
        statusChanged: changes.status !== undefined && changes.status !== before.status,
        assigned: changes.assignee_id !== undefined && changes.assignee_id !== before.assignee_id,
      }))
    )
    createMessagesStep(
      transform({ plan, input }, ({ plan, input }) =>
        plan
          .filter((p) => p.statusChanged)
          .map((p) => statusLine(p.before.id, p.before.status, p.changes.status as TicketStatus, input.actor.name))
      )
    )
    unlockTicketsStep(locks)

    const events = transform({ plan }, ({ plan }) => ({
      updated: plan.map((p) => ({ id: p.before.id })),
      statusChanged: plan.filter((p) => p.statusChanged).map((p) => ({ id: p.before.id })),
      assigned: plan.filter((p) => p.assigned).map((p) => ({ id: p.before.id })),
    }))
    emitEventStep({ eventName: HelpdeskEvents.TICKET_UPDATED, data: events.updated })
    emitEventStep({ eventName: HelpdeskEvents.STATUS_CHANGED, data: events.statusChanged }).config({
      name: "emit-support-status-changed",
    })
    emitEventStep({ eventName: HelpdeskEvents.ASSIGNED, data: events.assigned }).config({
      name: "emit-support-assigned",
    })

    return new WorkflowResponse(transform({ applied }, ({ applied }) => applied.tickets))
  }
)
