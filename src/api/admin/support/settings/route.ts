import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateAutoAcknowledgeSettingsWorkflow } from "../../../../workflows/auto-acknowledge"
import { updateEmailSettingsWorkflow, updateOrderActionSettingsWorkflow } from "../../../../workflows"
import { updatePrioritySettingsWorkflow } from "../../../../workflows/priority"
import { updateAutoCloseSettingsWorkflow } from "../../../../workflows/auto-close"
import { updatePrivacySettingsWorkflow } from "../../../../workflows/privacy/workflows/update-privacy-settings"
import { updateSurveySettingsWorkflow } from "../../../../workflows/surveys"
import { updateCannedEffectivenessSettingsWorkflow } from "../../../../workflows/canned-effectiveness"
import { updateProactiveSettingsWorkflow } from "../../../../workflows/proactive"
import { presentSupportSettings } from "./present-settings"
import { AdminUpdateSupportSettingsType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ settings: await presentSupportSettings(req.scope) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateSupportSettingsType>, res: MedusaResponse) => {
  const body = req.validatedBody
  if (body.email) await updateEmailSettingsWorkflow(req.scope).run({ input: body.email })
  if (body.auto_acknowledge) await updateAutoAcknowledgeSettingsWorkflow(req.scope).run({ input: body.auto_acknowledge })
  if (body.order_actions) await updateOrderActionSettingsWorkflow(req.scope).run({ input: body.order_actions })
  if (body.priority) await updatePrioritySettingsWorkflow(req.scope).run({ input: body.priority })
  if (body.auto_close) await updateAutoCloseSettingsWorkflow(req.scope).run({ input: body.auto_close })
  if (body.privacy) await updatePrivacySettingsWorkflow(req.scope).run({ input: body.privacy })
  if (body.survey) await updateSurveySettingsWorkflow(req.scope).run({ input: body.survey })
  if (body.canned_effectiveness) await updateCannedEffectivenessSettingsWorkflow(req.scope).run({ input: body.canned_effectiveness })
  if (body.proactive) await updateProactiveSettingsWorkflow(req.scope).run({ input: body.proactive })
  res.json({ settings: await presentSupportSettings(req.scope) })
}
