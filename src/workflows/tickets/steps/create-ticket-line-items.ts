import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import { TicketLineItemSnapshot } from "../../../modules/helpdesk/domain/ticket-line-items"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export const createTicketLineItemsStepId = "create-support-ticket-line-items"

/** Stores the reported order lines on the ticket; the compensation deletes them. */
export const createTicketLineItemsStep = createStep(
  createTicketLineItemsStepId,
  async (input: { ticket_id: string; items: TicketLineItemSnapshot[] }, { container }) => {
    if (!input.items.length) return new StepResponse([], [] as string[])
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const rows = await helpdesk.createSupportTicketLineItems(
      input.items.map((item) => ({ ...item, ticket_id: input.ticket_id }))
    )
    return new StepResponse(rows, rows.map((r) => r.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<HelpdeskModuleService>(HELPDESK_MODULE).deleteSupportTicketLineItems(ids)
  }
)
