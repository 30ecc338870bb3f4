import { resolveSurveySettings, SurveySettings } from "../../modules/helpdesk/domain/surveys/settings"
import type HelpdeskModuleService from "../../modules/helpdesk/service"

/** The support_setting row of the `survey` section. */
export const SURVEY_SETTINGS_ID = "survey"

export async function loadSurveySettings(helpdesk: HelpdeskModuleService): Promise<SurveySettings> {
  const [row] = await helpdesk.listSupportSettings({ id: SURVEY_SETTINGS_ID }, { take: 1 })
  return resolveSurveySettings(row?.value, helpdesk.getOptions().survey.enabled)
}
