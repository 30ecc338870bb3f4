import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export const deleteArticlesStepId = "delete-support-articles"

/** Soft-deletes the live articles among `ids` (freeing their handles); the compensation restores only those. */
export const deleteArticlesStep = createStep(
  deleteArticlesStepId,
  async (ids: string[], { container }) => {
    if (!ids.length) return new StepResponse([] as string[], [] as string[])
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const deleted = (await helpdesk.listSupportArticles({ id: ids }, { select: ["id"] })).map((a) => a.id)
    if (deleted.length) await helpdesk.softDeleteSupportArticles(deleted)
    return new StepResponse(deleted, deleted)
  },
  async (deleted, { container }) => {
    if (!deleted?.length) return
    await container.resolve<HelpdeskModuleService>(HELPDESK_MODULE).restoreSupportArticles(deleted)
  }
)
