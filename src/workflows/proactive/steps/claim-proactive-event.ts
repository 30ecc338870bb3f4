import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export const claimProactiveEventStepId = "claim-support-proactive-event"

export type ProactiveClaim = { event_key: string; kind: string; order_id: string }

/**
 * Claims the event with one INSERT ... ON CONFLICT DO NOTHING on the unique event_key: of any
 * number of deliveries of the same event, on any number of workers, one gets `claimed: true`.
 * The compensation deletes the claim, so a later delivery can try again.
 */
export const claimProactiveEventStep = createStep(
  claimProactiveEventStepId,
  async (input: { claim: ProactiveClaim | null }, { container }) => {
    if (!input.claim) return new StepResponse({ claimed: false, id: null as string | null }, null)
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const { claimed, id } = await helpdesk.claimProactiveEvent(input.claim)
    return new StepResponse({ claimed, id }, claimed ? id : null)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<HelpdeskModuleService>(HELPDESK_MODULE).releaseProactiveEvent(id)
  }
)
