import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export type CreateAttachmentsStepInput = {
  file_id: string
  filename: string
  mime_type: string
  size: number
  uploaded_by: string
}[]

export const createAttachmentsStepId = "create-support-attachments"

export const createAttachmentsStep = createStep(
  createAttachmentsStepId,
  async (input: CreateAttachmentsStepInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const attachments = await helpdesk.createSupportAttachments(input)
    return new StepResponse(attachments, attachments.map((a) => a.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.deleteSupportAttachments(ids)
  }
)
