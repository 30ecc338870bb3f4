import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { AUTO_ACKNOWLEDGE_WINDOW_MINUTES } from "../settings"

export const claimAutoAcknowledgementStepId = "claim-support-auto-acknowledgement"

/**
 * Takes the requester's one acknowledgement of the hour with one conditional upsert
 * (service.claimAutoAcknowledgement): of concurrent new tickets by the same requester, on any
 * number of instances, one gets `claimed: true`. The compensation gives the claim back.
 */
export const claimAutoAcknowledgementStep = createStep(
  claimAutoAcknowledgementStepId,
  async (input: { requester_key: string | null }, { container }) => {
    if (!input.requester_key) return new StepResponse({ claimed: false }, null)
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const { claimed, previous } = await helpdesk.claimAutoAcknowledgement(input.requester_key, new Date(), AUTO_ACKNOWLEDGE_WINDOW_MINUTES)
    return new StepResponse({ claimed }, claimed ? { key: input.requester_key, previous } : null)
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve<HelpdeskModuleService>(HELPDESK_MODULE).releaseAutoAcknowledgement(undo.key, undo.previous ? new Date(undo.previous) : null)
  }
)
