import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export type ClaimAttachmentsInput = {
  attachment_ids?: string[]
  message_id: string
  /** Uploader keys allowed to claim, e.g. ["customer:cus_1"] or ["guest"]. */
  uploaded_by: string[]
}

export const claimAttachmentsStepId = "claim-support-attachments"

/**
 * Attaches uploaded files to a message. Only the uploader's own, not yet claimed files qualify;
 * anything else is "not found", so ids of other people's files reveal nothing.
 */
export const claimAttachmentsStep = createStep(
  claimAttachmentsStepId,
  async (input: ClaimAttachmentsInput, { container }) => {
    const ids = [...new Set(input.attachment_ids ?? [])]
    if (!ids.length) return new StepResponse([], [])
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const found = await helpdesk.listSupportAttachments({
      id: ids,
      message_id: null,
      uploaded_by: input.uploaded_by,
    })
    if (found.length !== ids.length) {
      const missing = ids.filter((id) => !found.some((a) => a.id === id))
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Attachments not found: ${missing.join(", ")}`)
    }
    const claimed = await helpdesk.updateSupportAttachments(
      ids.map((id) => ({ id, message_id: input.message_id }))
    )
    return new StepResponse(claimed, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.updateSupportAttachments(ids.map((id) => ({ id, message_id: null })))
  }
)
