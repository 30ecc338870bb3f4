import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { AutoAcknowledgeSettingsInput } from "../../../modules/helpdesk/domain/auto-acknowledge"
import { saveSupportSettingStep } from "../../settings/steps/save-setting"
import { mergeAutoAcknowledgeSettingsStep } from "../steps/merge-auto-acknowledge-settings"

export const updateAutoAcknowledgeSettingsWorkflowId = "update-support-auto-acknowledge-settings"

/**
 * The `auto_acknowledge` section of Settings -> Support: on/off and the texts per locale (in
 * hours, out of hours, without an SLA target), merged over what is stored.
 *
 * @example
 * await updateAutoAcknowledgeSettingsWorkflow(container).run({ input: { enabled: false } })
 */
export const updateAutoAcknowledgeSettingsWorkflow = createWorkflow(
  updateAutoAcknowledgeSettingsWorkflowId,
  (input: WorkflowData<AutoAcknowledgeSettingsInput>) => {
    const merged = mergeAutoAcknowledgeSettingsStep(input)
    return new WorkflowResponse(saveSupportSettingStep(merged).config({ name: "save-support-auto-acknowledge-settings" }))
  }
)
