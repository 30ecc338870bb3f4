import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { placeholderValuesForTicket } from "../../../api/admin/support/canned-replies/[id]/render/placeholder-values"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import { renderPlaceholders } from "../../../modules/helpdesk/domain/placeholders"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export const renderCannedReplyStepId = "render-support-canned-reply-for-rule"

/**
 * A canned reply's body with the ticket's placeholders filled (the same renderer agents use);
 * null when the reply was deleted since the rule was saved (the rule then sends nothing).
 */
export const renderCannedReplyStep = createStep(
  renderCannedReplyStepId,
  async (input: { ticket_id: string; canned_reply_id?: string | null }, { container }) => {
    if (!input.canned_reply_id) return new StepResponse(null)
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const [reply] = await helpdesk.listSupportCannedReplies({ id: input.canned_reply_id }, { select: ["id", "body", "locale"], take: 1 })
    if (!reply) return new StepResponse(null)
    const values = await placeholderValuesForTicket(container, input.ticket_id, { locale: reply.locale })
    return new StepResponse({ canned_reply_id: reply.id, body: renderPlaceholders(reply.body, values) })
  }
)
