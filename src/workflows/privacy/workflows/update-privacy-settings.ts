import { createStep, createWorkflow, StepResponse, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_SETTING, PrivacySettingsInput } from "../../../modules/helpdesk/domain/privacy/settings"
import { saveSupportSettingStep } from "../../settings/steps/save-setting"
import { loadPrivacySettings } from "../settings"

export const updatePrivacySettingsWorkflowId = "update-support-privacy-settings"

const mergePrivacySettingsStep = createStep("merge-support-privacy-settings", async (input: PrivacySettingsInput, { container }) => {
  const current = await loadPrivacySettings(container)
  return new StepResponse({ id: PRIVACY_SETTING, value: { ...current, ...input } })
})

/**
 * The `privacy` section of Settings -> Support: what a customer's deletion in Medusa does to
 * their tickets (`on_customer_deleted`: "keep" or "anonymise").
 *
 * @example
 * await updatePrivacySettingsWorkflow(container).run({ input: { on_customer_deleted: "anonymise" } })
 */
export const updatePrivacySettingsWorkflow = createWorkflow(
  updatePrivacySettingsWorkflowId,
  (input: WorkflowData<PrivacySettingsInput>) => {
    const merged = mergePrivacySettingsStep(input)
    return new WorkflowResponse(saveSupportSettingStep(merged as any))
  }
)
