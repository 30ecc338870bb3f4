import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { SetAgentAwayWorkflowInput } from "../types"

export const setAgentStatusStepId = "set-support-agent-status"

/** Upserts the agent's away row; undone by the previous row (or by removing a new one). */
export const setAgentStatusStep = createStep(
  setAgentStatusStepId,
  async (input: SetAgentAwayWorkflowInput, { container }) => {
    if (input.delegate_id && input.delegate_id === input.user_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "An agent cannot delegate to themselves")
    }
    if (input.until && new Date(input.until).getTime() <= Date.now()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "until must be in the future")
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const [before] = await helpdesk.listSupportAgentPresences({ id: input.user_id }, { take: 1 })
    const values = {
      id: input.user_id,
      away: input.away,
      // Coming back clears the return date; the delegate is kept for next time unless changed.
      away_until: input.away && input.until ? new Date(input.until) : null,
      delegate_id: input.delegate_id !== undefined ? input.delegate_id : before?.delegate_id ?? null,
    }
    const saved = before ? await helpdesk.updateSupportAgentPresences(values) : await helpdesk.createSupportAgentPresences(values)
    const previous = before
      ? { id: before.id, away: before.away, away_until: before.away_until, delegate_id: before.delegate_id, created: false }
      : { id: input.user_id, created: true }
    return new StepResponse(saved, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    if (previous.created) await helpdesk.deleteSupportAgentPresences([previous.id])
    else {
      const { created: _c, ...row } = previous as Record<string, any>
      await helpdesk.updateSupportAgentPresences(row as never)
    }
  }
)
