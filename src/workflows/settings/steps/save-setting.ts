import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export const saveSupportSettingStepId = "save-support-setting"

/**
 * Writes one settings section (support_setting row `id`) as given, in one statement (Medusa's
 * update would deep-merge the JSON and keep removed keys); the compensation puts back what was there.
 */
export const saveSupportSettingStep = createStep(
  saveSupportSettingStepId,
  async (input: { id: string; value: Record<string, unknown> }, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const [existing] = await helpdesk.listSupportSettings({ id: input.id }, { take: 1 })
    if (existing) await helpdesk.replaceSupportSettingValue(input.id, input.value)
    else await helpdesk.createSupportSettings({ id: input.id, value: input.value })
    return new StepResponse(input.value, { id: input.id, previous: existing ? (existing.value as Record<string, unknown>) : null })
  },
  async (undo, { container }) => {
    if (!undo) return
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    if (undo.previous) await helpdesk.replaceSupportSettingValue(undo.id, undo.previous)
    else await helpdesk.deleteSupportSettings(undo.id)
  }
)
