import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ProactiveSettingsInput } from "../../../modules/helpdesk/domain/proactive"
import { saveSupportSettingStep } from "../../settings/steps/save-setting"
import { mergeProactiveSettingsStep } from "../steps/merge-proactive-settings"

export const updateProactiveSettingsWorkflowId = "update-support-proactive-settings"

/**
 * The `proactive` section of Settings -> Support: per kind on/off, mode ("shopper" | "internal"),
 * subject and message per locale (null: back to the default) and, for `not_shipped`, the days,
 * merged over what is stored.
 *
 * @example
 * await updateProactiveSettingsWorkflow(container).run({ input: { not_shipped: { enabled: true, days: 5 } } })
 */
export const updateProactiveSettingsWorkflow = createWorkflow(
  updateProactiveSettingsWorkflowId,
  (input: WorkflowData<ProactiveSettingsInput>) => {
    const merged = mergeProactiveSettingsStep(input)
    return new WorkflowResponse(saveSupportSettingStep(merged).config({ name: "save-support-proactive-settings" }))
  }
)
