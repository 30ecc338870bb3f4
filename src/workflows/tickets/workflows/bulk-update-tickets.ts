import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { HelpdeskEvents } from "../../../modules/helpdesk/domain/events"
import { TicketStatus } from "../../../modules/helpdesk/domain/constants"
import { ticketLock } from "../actor"
import { statusChangeFields, statusLine } from "../status-change"
import { createMessagesStep } from "../steps/create-messages"
import { loadTicketsStep } from "../steps/load-tickets"
import { TicketChanges, updateTicketsStep } from "../steps/update-tickets"
import { validateAssigneeStep } from "../steps/validate-assignee"
import { BulkUpdateTicketsWorkflowInput } from "../types"

export const bulkUpdateTicketsWorkflowId = "bulk-update-support-tickets"

/**
 * One change applied to many tickets at once, all or nothing (the inbox's bulk actions): status,
 * priority, assignee, and tags added to each ticket's own. Every ticket is locked like a single
 * update, status changes leave the same system line, and the same events are emitted per ticket.
 */
export const bulkUpdateTicketsWorkflow = createWorkflow(
  bulkUpdateTicketsWorkflowId,
  (input: WorkflowData<BulkUpdateTicketsWorkflowInput>) => {
    const lock = transform({ input }, ({ input }) => {
      const keys = [...new Set(input.ids)].sort().map((id) => ticketLock(id))
      return { ...keys[0], key: keys.map((k) => k.key) }
    })
    acquireLockStep(lock)
    const tickets = loadTicketsStep({ ids: input.ids })
    validateAssigneeStep({ assignee_id: input.assignee_id })

    const plan = transform({ input, tickets }, ({ input, tickets }) => {
      const now = new Date()
      return tickets.map((ticket) => {
        const change: TicketChanges = { id: ticket.id }
        if (input.priority !== undefined) change.priority = input.priority
        if (input.assignee_id !== undefined) change.assignee_id = input.assignee_id
        if (input.add_tags?.length) change.tags = [...new Set([...(ticket.tags ?? []), ...input.add_tags])]
        Object.assign(change, statusChangeFields(ticket.status, input.status, input.actor.type, now))
        const statusChanged = change.status !== undefined
        const assigned = input.assignee_id !== undefined && input.assignee_id !== ticket.assignee_id
        return { ticket, change, statusChanged, assigned }
      })
    })

    const updated = updateTicketsStep(transform({ plan }, ({ plan }) => plan.map((p) => p.change)))
    createMessagesStep(
      transform({ plan, input }, ({ plan, input }) =>
        plan
          .filter((p) => p.statusChanged)
          .map((p) => statusLine(p.ticket.id, p.ticket.status, p.change.status as TicketStatus, input.actor.name))
      )
    )
    releaseLockStep(lock)

    const events = transform({ plan }, ({ plan }) => ({
      updated: plan.map((p) => ({ id: p.ticket.id })),
      statusChanged: plan.filter((p) => p.statusChanged).map((p) => ({ id: p.ticket.id })),
      assigned: plan.filter((p) => p.assigned).map((p) => ({ id: p.ticket.id })),
    }))
    emitEventStep({ eventName: HelpdeskEvents.TICKET_UPDATED, data: events.updated })
    emitEventStep({ eventName: HelpdeskEvents.STATUS_CHANGED, data: events.statusChanged }).config({
      name: "emit-support-status-changed",
    })
    emitEventStep({ eventName: HelpdeskEvents.ASSIGNED, data: events.assigned }).config({
      name: "emit-support-assigned",
    })

    return new WorkflowResponse(updated)
  }
)
