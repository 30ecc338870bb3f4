import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { CannedReplyData } from "../types"

export const createCannedRepliesStepId = "create-support-canned-replies"

export const createCannedRepliesStep = createStep(
  createCannedRepliesStepId,
  async (data: CannedReplyData[], { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const replies = await helpdesk.createSupportCannedReplies(
      data.map((d) => ({
        title: d.title,
        body: d.body,
        shortcut: d.shortcut ?? null,
        category: d.category ?? null,
        locale: d.locale ?? null,
        public: d.public ?? false,
        action: d.action ?? null,
      }))
    )
    return new StepResponse(
      replies,
      replies.map((r) => r.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.deleteSupportCannedReplies(ids)
  }
)
