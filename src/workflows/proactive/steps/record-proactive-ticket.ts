import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export const recordProactiveTicketStepId = "record-support-proactive-ticket"

/** Notes on the claimed event which ticket was opened or written on; the compensation clears it. */
export const recordProactiveTicketStep = createStep(
  recordProactiveTicketStepId,
  async (input: { id: string; ticket_id: string }, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.updateSupportProactiveEvents({ id: input.id, ticket_id: input.ticket_id })
    return new StepResponse(input, input.id)
  },
  async (id, { container }) => {
    if (!id) return
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const [row] = await helpdesk.listSupportProactiveEvents({ id }, { take: 1 })
    if (row) await helpdesk.updateSupportProactiveEvents({ id, ticket_id: null })
  }
)
