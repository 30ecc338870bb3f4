import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export const findOrphanedAttachmentsStepId = "find-orphaned-support-attachments"

/** Uploads no message claimed within the grace period (batch-limited per run). */
export const findOrphanedAttachmentsStep = createStep(
  findOrphanedAttachmentsStepId,
  async (input: { older_than: Date; limit: number }, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const orphans = await helpdesk.listSupportAttachments(
      { message_id: null, created_at: { $lt: input.older_than } },
      { select: ["id", "file_id"], take: input.limit, order: { created_at: "ASC" } }
    )
    return new StepResponse(orphans)
  }
)
