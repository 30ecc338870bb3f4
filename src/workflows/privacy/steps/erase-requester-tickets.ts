import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export type EraseRequesterTicketsInput = {
  ticket_ids: string[]
  /** The uploader key of the requester's account ("customer:<id>"): their unattached uploads go too. */
  uploader: string | null
}

export const eraseRequesterTicketsStepId = "erase-support-requester-tickets"

/**
 * Redacts the tickets in one transaction (service.eraseRequesterTickets). The compensation writes
 * every replaced value back; the stored files are deleted by a later step, after the last write
 * that could fail.
 */
export const eraseRequesterTicketsStep = createStep(
  eraseRequesterTicketsStepId,
  async (input: EraseRequesterTicketsInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const { snapshot, ...result } = await helpdesk.eraseRequesterTickets(input.ticket_ids, input.uploader)
    return new StepResponse(result, snapshot)
  },
  async (snapshot, { container }) => {
    if (!snapshot) return
    await container.resolve<HelpdeskModuleService>(HELPDESK_MODULE).restoreErasedTickets(snapshot)
  }
)
