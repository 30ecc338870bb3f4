import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import type { PriorityScoreRow } from "../../../modules/helpdesk/service"
import { loadPrioritySettings } from "../settings"

export const refreshPriorityScoresStepId = "refresh-support-priority-scores"

export type RefreshPriorityScoresInput = {
  ticket_ids: string[]
  /** Also the requester's other open tickets (a new ticket changes their rare-writer part). */
  siblings?: boolean
}

/**
 * Rescores tickets after a write to them (creation, priority, replies, status, SLA clocks): runs
 * in the ticket workflows right after the SLA clock step, whose due times it reads. The
 * compensation puts the previous scores back.
 */
export const refreshPriorityScoresStep = createStep(
  refreshPriorityScoresStepId,
  async (input: RefreshPriorityScoresInput, { container }) => {
    const ids = [...new Set(input?.ticket_ids ?? [])]
    if (!ids.length) return new StepResponse<PriorityScoreRow[], PriorityScoreRow[]>([], [])
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const previous = await helpdesk.refreshPriorityScores({ ids, siblings: input.siblings }, await loadPrioritySettings(container), new Date())
    return new StepResponse(previous, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await container.resolve<HelpdeskModuleService>(HELPDESK_MODULE).writePriorityScores(previous)
  }
)
