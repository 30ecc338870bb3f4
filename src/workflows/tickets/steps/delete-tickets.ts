import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export const deleteTicketsStepId = "delete-support-tickets"

/**
 * Soft-deletes tickets with their messages and attachment rows (the models cascade); the
 * compensation restores them. Ids that do not exist (or are already deleted) are skipped.
 */
export const deleteTicketsStep = createStep(
  deleteTicketsStepId,
  async (input: { ids: string[] }, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const ids = [...new Set(input.ids)]
    const existing = ids.length ? await helpdesk.listSupportTickets({ id: ids }, { select: ["id"] }) : []
    const found = existing.map((t) => t.id)
    if (found.length) await helpdesk.softDeleteSupportTickets(found)
    return new StepResponse(found, found)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.restoreSupportTickets(ids)
  }
)
