import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { HELPDESK_MODULE } from "../../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../../modules/helpdesk/service"
import { createRuleWorkflow } from "../../../../workflows/rules"
import { presentRule, retrieveRule } from "./rule"
import { AdminCreateRuleType, AdminListRulesType } from "./validators"

/** Rules in the order they run. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListRulesType>, res: MedusaResponse) => {
  const { limit, offset, trigger, enabled } = req.validatedQuery as AdminListRulesType
  const filters: Record<string, unknown> = {}
  if (trigger !== undefined) filters.trigger = trigger
  if (enabled !== undefined) filters.enabled = enabled
  const [rows, count] = await req.scope
    .resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    .listAndCountSupportRules(filters, { take: limit, skip: offset, order: { position: "ASC", id: "ASC" } })
  res.json({ rules: rows.map(presentRule), count, offset, limit })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateRuleType>, res: MedusaResponse) => {
  const { result } = await createRuleWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ rule: await retrieveRule(req.scope, result.id) })
}
