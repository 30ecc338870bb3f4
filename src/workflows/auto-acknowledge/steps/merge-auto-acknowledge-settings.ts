import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AutoAcknowledgeSettingsInput, mergeAutoAcknowledgeSettings } from "../../../modules/helpdesk/domain/auto-acknowledge"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { AUTO_ACKNOWLEDGE_SETTINGS_ID } from "../settings"

export const mergeAutoAcknowledgeSettingsStepId = "merge-support-auto-acknowledge-settings"

/** The auto_acknowledge section with `change` merged over what is stored (nothing written here). */
export const mergeAutoAcknowledgeSettingsStep = createStep(
  mergeAutoAcknowledgeSettingsStepId,
  async (change: AutoAcknowledgeSettingsInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const [row] = await helpdesk.listSupportSettings({ id: AUTO_ACKNOWLEDGE_SETTINGS_ID }, { take: 1 })
    return new StepResponse({
      id: AUTO_ACKNOWLEDGE_SETTINGS_ID,
      value: mergeAutoAcknowledgeSettings(row?.value, change) as Record<string, unknown>,
    })
  }
)
