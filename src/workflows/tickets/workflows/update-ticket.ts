import { MedusaError } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { HelpdeskEvents } from "../../../modules/helpdesk/domain/events"
import { TicketStatus } from "../../../modules/helpdesk/domain/constants"
import { assertUnchangedSince } from "../../../modules/helpdesk/domain/stale-view"
import { ticketLock } from "../actor"
import { statusChangeFields, statusLine } from "../status-change"
import { createMessageStep } from "../steps/create-message"
import { loadTicketForActorStep } from "../steps/load-ticket-for-actor"
import { updateTicketsStep } from "../steps/update-tickets"
import { validateAssigneeStep } from "../steps/validate-assignee"
import { UpdateTicketWorkflowInput } from "../types"

export const updateTicketWorkflowId = "update-support-ticket"

const AGENT_ONLY = ["priority", "assignee_id", "category", "tags", "metadata"] as const

/**
 * Changes a ticket's status and properties. Status moves follow the one transition table
 * (domain/status-transitions.ts); a status change leaves a system line in the thread.
 */
export const updateTicketWorkflow = createWorkflow(
  updateTicketWorkflowId,
  (input: WorkflowData<UpdateTicketWorkflowInput>) => {
    const lock = transform({ input }, ({ input }) => ticketLock(input.id))
    acquireLockStep(lock)
    const ticket = loadTicketForActorStep({ ticket_id: input.id, actor: input.actor })
    validateAssigneeStep({ assignee_id: input.assignee_id })

    const changes = transform({ input, ticket }, ({ input, ticket }) => {
      if (input.actor.type === "customer" && AGENT_ONLY.some((k) => input[k] !== undefined)) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Shoppers can only close or reopen a ticket")
      }
      assertUnchangedSince(ticket.updated_at, input.expected_updated_at)
      const change: { id: string } & Record<string, unknown> = { id: ticket.id }
      for (const key of AGENT_ONLY) if (input[key] !== undefined) change[key] = input[key]
      return Object.assign(change, statusChangeFields(ticket.status, input.status, input.actor.type, new Date()))
    })
    const tickets = updateTicketsStep(transform({ changes }, ({ changes }) => [changes]))
    const updated = transform({ tickets }, ({ tickets }) => tickets[0])

    const flags = transform({ ticket, changes }, ({ ticket, changes }) => ({
      statusChanged: changes.status !== undefined,
      assigned: changes.assignee_id !== undefined && changes.assignee_id !== ticket.assignee_id,
    }))

    when({ flags }, ({ flags }) => flags.statusChanged).then(() => {
      const note = transform({ input, ticket, changes }, ({ input, ticket, changes }) =>
        statusLine(ticket.id, ticket.status, changes.status as TicketStatus, input.actor.name)
      )
      createMessageStep(note).config({ name: "create-support-status-message" })
    })
    releaseLockStep(lock)

    emitEventStep({ eventName: HelpdeskEvents.TICKET_UPDATED, data: { id: input.id } })
    when({ flags }, ({ flags }) => flags.statusChanged).then(() => {
      emitEventStep({ eventName: HelpdeskEvents.STATUS_CHANGED, data: { id: input.id } }).config({
        name: "emit-support-status-changed",
      })
    })
    when({ flags }, ({ flags }) => flags.assigned).then(() => {
      emitEventStep({ eventName: HelpdeskEvents.ASSIGNED, data: { id: input.id } }).config({
        name: "emit-support-assigned",
      })
    })

    return new WorkflowResponse(updated)
  }
)
