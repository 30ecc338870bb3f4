import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export type TicketChanges = { id: string } & Record<string, unknown>

export const updateTicketsStepId = "update-support-tickets"

/** Writes the given columns of each ticket; the compensation writes back what they held before. */
export const updateTicketsStep = createStep(
  updateTicketsStepId,
  async (changes: TicketChanges[], { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const keys = [...new Set(changes.flatMap((c) => Object.keys(c)))].filter((k) => k !== "id")
    const before = await helpdesk.listSupportTickets(
      { id: changes.map((c) => c.id) },
      { select: ["id", ...keys] }
    )
    const previous = changes.map((change) => {
      const old = before.find((t) => t.id === change.id) as Record<string, unknown> | undefined
      const restore: TicketChanges = { id: change.id }
      for (const key of Object.keys(change)) if (key !== "id") restore[key] = old?.[key] ?? null
      return restore
    })
    const tickets = await helpdesk.updateSupportTickets(changes)
    return new StepResponse(tickets, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.updateSupportTickets(previous)
  }
)
