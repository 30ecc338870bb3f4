import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export const markPriorityScoresStaleStepId = "mark-support-priority-scores-stale"

/**
 * After the weights changed: every open and pending ticket is rescored by the next job run. Only
 * a "rescore soon" mark, so there is nothing to compensate (a rescore with the old weights gives
 * the old scores).
 */
export const markPriorityScoresStaleStep = createStep(markPriorityScoresStaleStepId, async (_: void, { container }) => {
  await container.resolve<HelpdeskModuleService>(HELPDESK_MODULE).markPriorityScoresStale()
  return new StepResponse(true)
})
