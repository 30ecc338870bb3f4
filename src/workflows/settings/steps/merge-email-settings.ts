import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import { EmailSettingsInput, mergeEmailSettings } from "../../../modules/helpdesk/domain/email/settings"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { EMAIL_SETTINGS_ID } from "../../email/compose"

export const mergeEmailSettingsStepId = "merge-support-email-settings"

/** The email section with `change` merged over what is stored (nothing written here). */
export const mergeEmailSettingsStep = createStep(mergeEmailSettingsStepId, async (change: EmailSettingsInput, { container }) => {
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const [row] = await helpdesk.listSupportSettings({ id: EMAIL_SETTINGS_ID }, { take: 1 })
  return new StepResponse({ id: EMAIL_SETTINGS_ID, value: mergeEmailSettings(row?.value, change) as Record<string, unknown> })
})
