import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export const loadTicketsStepId = "load-support-tickets"

/** Loads tickets by id for agents; any missing id is a 404. */
export const loadTicketsStep = createStep(
  loadTicketsStepId,
  async (input: { ids: string[] }, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const ids = [...new Set(input.ids)]
    const tickets = await helpdesk.listSupportTickets({ id: ids })
    const missing = ids.filter((id) => !tickets.some((t) => t.id === id))
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Tickets not found: ${missing.join(", ")}`)
    }
    return new StepResponse(ids.map((id) => tickets.find((t) => t.id === id)!))
  }
)
