import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { mergePrioritySettings, PRIORITY_SETTING, PrioritySettingsInput } from "../../../modules/helpdesk/domain/priority"
import { loadPrioritySettings } from "../settings"

export const mergePrioritySettingsStepId = "merge-support-priority-settings"

/** The priority section with `change` merged over what is stored (nothing written here). */
export const mergePrioritySettingsStep = createStep(mergePrioritySettingsStepId, async (change: PrioritySettingsInput, { container }) => {
  const merged = mergePrioritySettings(await loadPrioritySettings(container), change)
  return new StepResponse({ id: PRIORITY_SETTING, value: merged as Record<string, unknown> })
})
