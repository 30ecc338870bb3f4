import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export const deleteCannedRepliesStepId = "delete-support-canned-replies"

/**
 * Soft-deletes the live replies among `ids` (freeing their shortcuts). Only those are restored by
 * the compensation, so a reply deleted earlier stays deleted.
 */
export const deleteCannedRepliesStep = createStep(
  deleteCannedRepliesStepId,
  async (ids: string[], { container }) => {
    if (!ids.length) return new StepResponse([] as string[], [] as string[])
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const live = await helpdesk.listSupportCannedReplies({ id: ids }, { select: ["id"] })
    const deleted = live.map((r) => r.id)
    if (deleted.length) await helpdesk.softDeleteSupportCannedReplies(deleted)
    return new StepResponse(deleted, deleted)
  },
  async (deleted, { container }) => {
    if (!deleted?.length) return
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.restoreSupportCannedReplies(deleted)
  }
)
