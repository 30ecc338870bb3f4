import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export const incrementCannedReplyUsageStepId = "increment-support-canned-reply-usage"

/** Counts a use of a canned reply; an unknown id is ignored (the reply may have been deleted). */
export const incrementCannedReplyUsageStep = createStep(
  incrementCannedReplyUsageStepId,
  async (input: { canned_reply_id?: string | null }, { container }) => {
    if (!input.canned_reply_id) return new StepResponse(null, null)
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const [reply] = await helpdesk.listSupportCannedReplies(
      { id: input.canned_reply_id },
      { select: ["id", "usage_count"], take: 1 }
    )
    if (!reply) return new StepResponse(null, null)
    await helpdesk.updateSupportCannedReplies({ id: reply.id, usage_count: reply.usage_count + 1 })
    return new StepResponse(reply.id, { id: reply.id, usage_count: reply.usage_count })
  },
  async (previous, { container }) => {
    if (!previous) return
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.updateSupportCannedReplies(previous)
  }
)
