import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export const deleteAttachmentsStepId = "delete-support-attachments"

/** Soft-deletes attachment rows; the compensation restores them. */
export const deleteAttachmentsStep = createStep(
  deleteAttachmentsStepId,
  async (ids: string[], { container }) => {
    if (!ids.length) return new StepResponse([], [])
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.softDeleteSupportAttachments(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.restoreSupportAttachments(ids)
  }
)
