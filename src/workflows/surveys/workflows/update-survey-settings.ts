import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SurveySettingsInput } from "../../../modules/helpdesk/domain/surveys/settings"
import { saveSupportSettingStep } from "../../settings/steps/save-setting"
import { mergeSurveySettingsStep } from "../steps/merge-survey-settings"

export const updateSurveySettingsWorkflowId = "update-support-survey-settings"

/**
 * The `survey` section of Settings -> Support: on/off, the scale ("yes_no" | "five_point") and
 * custom question texts per locale, merged over what is stored.
 *
 * @example
 * await updateSurveySettingsWorkflow(container).run({ input: { scale: "five_point" } })
 */
export const updateSurveySettingsWorkflow = createWorkflow(updateSurveySettingsWorkflowId, (input: WorkflowData<SurveySettingsInput>) => {
  const merged = mergeSurveySettingsStep(input)
  return new WorkflowResponse(saveSupportSettingStep(merged).config({ name: "save-support-survey-settings" }))
})
