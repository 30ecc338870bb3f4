import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export const findTicketAttachmentsStepId = "find-support-ticket-attachments"

/** The attachments of every message (internal notes included) of these tickets. */
export const findTicketAttachmentsStep = createStep(
  findTicketAttachmentsStepId,
  async (input: { ticket_ids: string[] }, { container }) => {
    const ids = [...new Set(input.ticket_ids)]
    if (!ids.length) return new StepResponse([] as { id: string; file_id: string }[])
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const messages = await helpdesk.listSupportMessages({ ticket_id: ids }, { select: ["id"] })
    if (!messages.length) return new StepResponse([] as { id: string; file_id: string }[])
    const attachments = await helpdesk.listSupportAttachments(
      { message_id: messages.map((m) => m.id) },
      { select: ["id", "file_id"] }
    )
    return new StepResponse(attachments.map((a) => ({ id: a.id, file_id: a.file_id })))
  }
)
