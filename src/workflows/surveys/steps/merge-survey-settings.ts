import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import { mergeSurveySettings, SurveySettingsInput } from "../../../modules/helpdesk/domain/surveys/settings"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { SURVEY_SETTINGS_ID } from "../settings"

export const mergeSurveySettingsStepId = "merge-support-survey-settings"

/** The survey section with `change` merged over what is stored (nothing written here). */
export const mergeSurveySettingsStep = createStep(mergeSurveySettingsStepId, async (change: SurveySettingsInput, { container }) => {
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const [row] = await helpdesk.listSupportSettings({ id: SURVEY_SETTINGS_ID }, { take: 1 })
  return new StepResponse({ id: SURVEY_SETTINGS_ID, value: mergeSurveySettings(row?.value, change) as Record<string, unknown> })
})
