import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { automationRuleFor, AutomateCannedReplyInput } from "../../../modules/helpdesk/domain/canned-effectiveness/automate"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export const buildAutomationRuleStepId = "build-support-canned-reply-automation-rule"

/** The rule that sends the canned reply (404 when the reply does not exist); nothing written here. */
export const buildAutomationRuleStep = createStep(
  buildAutomationRuleStepId,
  async (input: { canned_reply_id: string } & AutomateCannedReplyInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const [reply] = await helpdesk.listSupportCannedReplies({ id: input.canned_reply_id }, { select: ["id", "title"], take: 1 })
    if (!reply) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Canned reply with id: ${input.canned_reply_id} was not found`)
    const { canned_reply_id: _id, ...change } = input
    return new StepResponse(automationRuleFor(reply, change))
  }
)
