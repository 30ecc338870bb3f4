import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { HELPDESK_MODULE } from "../../../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../../../modules/helpdesk/service"
import { reorderRulesWorkflow } from "../../../../../workflows/rules"
import { presentRule } from "../rule"
import { AdminReorderRulesType } from "../validators"

/** `{ ids }` in the new order (the rules not named follow them); answers with every rule, in order. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminReorderRulesType>, res: MedusaResponse) => {
  await reorderRulesWorkflow(req.scope).run({ input: req.validatedBody })
  const [rows, count] = await req.scope
    .resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    .listAndCountSupportRules({}, { order: { position: "ASC", id: "ASC" } })
  res.json({ rules: rows.map(presentRule), count, offset: 0, limit: count })
}
