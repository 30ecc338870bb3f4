import { createStep, createWorkflow, StepResponse, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import { EmailSettingsInput, mergeEmailSettings } from "../../../modules/helpdesk/domain/email/settings"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { EMAIL_SETTINGS_ID } from "../../email/compose"
import { saveSupportSettingStep } from "../steps/save-setting"

export const updateEmailSettingsWorkflowId = "update-support-email-settings"

const mergeEmailSettingsStep = createStep("merge-support-email-settings", async (change: EmailSettingsInput, { container }) => {
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const [row] = await helpdesk.listSupportSettings({ id: EMAIL_SETTINGS_ID }, { take: 1 })
  return new StepResponse({ id: EMAIL_SETTINGS_ID, value: mergeEmailSettings(row?.value, change) as Record<string, unknown> })
})

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
