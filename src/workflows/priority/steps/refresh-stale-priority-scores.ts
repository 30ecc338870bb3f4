import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { loadPrioritySettings } from "../settings"

export const refreshStalePriorityScoresStepId = "refresh-stale-support-priority-scores"

/**
 * Rescores up to `limit` open and pending tickets whose score is older than `max_age_minutes`
 * (or was never computed), oldest first: SLA time left changes with the clock and tickets leave
 * the rare-writer window as days pass. The compensation puts the previous scores back.
 */
export const refreshStalePriorityScoresStep = createStep(
  refreshStalePriorityScoresStepId,
  async (input: { limit: number; max_age_minutes: number; now?: Date | string }, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const now = input.now ? new Date(input.now) : new Date()
    const previous = await helpdesk.refreshPriorityScores(
      { stale_before: new Date(now.getTime() - input.max_age_minutes * 60_000), limit: input.limit },
      await loadPrioritySettings(container),
      now
    )
    return new StepResponse({ refreshed: previous.length }, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await container.resolve<HelpdeskModuleService>(HELPDESK_MODULE).writePriorityScores(previous)
  }
)
