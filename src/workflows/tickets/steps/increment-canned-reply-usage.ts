import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export const incrementCannedReplyUsageStepId = "increment-support-canned-reply-usage"

/**
 * Counts a use of a canned reply in one SQL statement, so concurrent uses all count; an unknown
 * id is ignored (the reply may have been deleted). The compensation takes the use back.
 */
export const incrementCannedReplyUsageStep = createStep(
  incrementCannedReplyUsageStepId,
  async (input: { canned_reply_id?: string | null }, { container }) => {
    if (!input.canned_reply_id) return new StepResponse(null, null)
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const counted = await helpdesk.incrementCannedReplyUsage(input.canned_reply_id, 1)
    return counted ? new StepResponse(input.canned_reply_id, input.canned_reply_id) : new StepResponse(null, null)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<HelpdeskModuleService>(HELPDESK_MODULE).incrementCannedReplyUsage(id, -1)
  }
)
