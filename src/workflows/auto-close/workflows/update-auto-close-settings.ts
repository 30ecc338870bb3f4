import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { AutoCloseSettingsInput } from "../../../modules/helpdesk/domain/auto-close"
import { saveSupportSettingStep } from "../../settings/steps/save-setting"
import { mergeAutoCloseSettingsStep } from "../steps/merge-auto-close-settings"

export const updateAutoCloseSettingsWorkflowId = "update-support-auto-close-settings"

/**
 * The `auto_close` section of Settings -> Support (on/off and the three day counts), merged over
 * what is stored.
 *
 * @example
 * await updateAutoCloseSettingsWorkflow(container).run({ input: { solved_close_days: 7 } })
 */
export const updateAutoCloseSettingsWorkflow = createWorkflow(
  updateAutoCloseSettingsWorkflowId,
  (input: WorkflowData<AutoCloseSettingsInput>) => {
    const merged = mergeAutoCloseSettingsStep(input)
    return new WorkflowResponse(saveSupportSettingStep(merged).config({ name: "save-support-auto-close-settings" }))
  }
)
