import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AUTO_CLOSE_SETTING, AutoCloseSettingsInput, mergeAutoCloseSettings } from "../../../modules/helpdesk/domain/auto-close"
import { loadAutoCloseSettings } from "../settings"

export const mergeAutoCloseSettingsStepId = "merge-support-auto-close-settings"

/** The auto_close section with `change` merged over what is stored (nothing written here). */
export const mergeAutoCloseSettingsStep = createStep(mergeAutoCloseSettingsStepId, async (change: AutoCloseSettingsInput, { container }) => {
  const merged = mergeAutoCloseSettings(await loadAutoCloseSettings(container), change)
  return new StepResponse({ id: AUTO_CLOSE_SETTING, value: merged as Record<string, unknown> })
})
