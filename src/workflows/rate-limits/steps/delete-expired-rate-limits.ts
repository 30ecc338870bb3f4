import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export const deleteExpiredRateLimitsStepId = "delete-expired-support-rate-limits"

// No compensation: counters of windows that have ended mean nothing and are not restored.
export const deleteExpiredRateLimitsStep = createStep(
  deleteExpiredRateLimitsStepId,
  async (_: void, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    return new StepResponse(await helpdesk.deleteExpiredRateLimits())
  }
)
