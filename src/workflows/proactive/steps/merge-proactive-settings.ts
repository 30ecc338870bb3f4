import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import { mergeProactiveSettings, ProactiveSettingsInput } from "../../../modules/helpdesk/domain/proactive"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { PROACTIVE_SETTINGS_ID } from "../settings"

export const mergeProactiveSettingsStepId = "merge-support-proactive-settings"

/** The proactive section with `change` merged over what is stored (nothing written here). */
export const mergeProactiveSettingsStep = createStep(mergeProactiveSettingsStepId, async (change: ProactiveSettingsInput, { container }) => {
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const [row] = await helpdesk.listSupportSettings({ id: PROACTIVE_SETTINGS_ID }, { take: 1 })
  return new StepResponse({ id: PROACTIVE_SETTINGS_ID, value: mergeProactiveSettings(row?.value, change) as Record<string, unknown> })
})
