import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { EmailSettingsInput } from "../../../modules/helpdesk/domain/email/settings"
import { mergeEmailSettingsStep } from "../steps/merge-email-settings"
import { saveSupportSettingStep } from "../steps/save-setting"

export const updateEmailSettingsWorkflowId = "update-support-email-settings"

/**
 * The `email` section of Settings -> Support: which notifications go out (by mail, and for agents
 * to the admin's bell). The change is merged over what is stored.
 *
 * @example
 * await updateEmailSettingsWorkflow(container).run({ input: { notifications: { agent_new_ticket: { email: false } } } })
 */
export const updateEmailSettingsWorkflow = createWorkflow(
  updateEmailSettingsWorkflowId,
  (input: WorkflowData<EmailSettingsInput>) => {
    const merged = mergeEmailSettingsStep(input)
    return new WorkflowResponse(saveSupportSettingStep(merged))
  }
)
