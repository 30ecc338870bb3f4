import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CannedEffectivenessSettingsInput } from "../../../modules/helpdesk/domain/canned-effectiveness/settings"
import { saveSupportSettingStep } from "../../settings/steps/save-setting"
import { mergeCannedEffectivenessSettingsStep } from "../steps/merge-canned-effectiveness-settings"

export const updateCannedEffectivenessSettingsWorkflowId = "update-support-canned-effectiveness-settings"

/**
 * The `canned_effectiveness` section of Settings -> Support (the close-rate threshold and the
 * uses it needs), merged over what is stored.
 *
 * @example
 * await updateCannedEffectivenessSettingsWorkflow(container).run({ input: { close_rate: 0.75, min_uses: 30 } })
 */
export const updateCannedEffectivenessSettingsWorkflow = createWorkflow(
  updateCannedEffectivenessSettingsWorkflowId,
  (input: WorkflowData<CannedEffectivenessSettingsInput>) => {
    const merged = mergeCannedEffectivenessSettingsStep(input)
    return new WorkflowResponse(saveSupportSettingStep(merged).config({ name: "save-support-canned-effectiveness-settings" }))
  }
)
