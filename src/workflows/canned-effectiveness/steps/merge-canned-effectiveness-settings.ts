import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  CANNED_EFFECTIVENESS_SETTING,
  CannedEffectivenessSettingsInput,
  mergeCannedEffectivenessSettings,
} from "../../../modules/helpdesk/domain/canned-effectiveness/settings"
import { loadCannedEffectivenessSettings } from "../settings"

export const mergeCannedEffectivenessSettingsStepId = "merge-support-canned-effectiveness-settings"

/** The canned_effectiveness section with `change` merged over what is stored (nothing written here). */
export const mergeCannedEffectivenessSettingsStep = createStep(
  mergeCannedEffectivenessSettingsStepId,
  async (change: CannedEffectivenessSettingsInput, { container }) => {
    const merged = mergeCannedEffectivenessSettings(await loadCannedEffectivenessSettings(container), change)
    return new StepResponse({ id: CANNED_EFFECTIVENESS_SETTING, value: merged as Record<string, unknown> })
  }
)
