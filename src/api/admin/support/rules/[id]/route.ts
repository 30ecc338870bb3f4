import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteRulesWorkflow, updateRuleWorkflow } from "../../../../../workflows/rules"
import { retrieveRule } from "../rule"
import { AdminUpdateRuleType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ rule: await retrieveRule(req.scope, req.params.id) })
}

/** Any of the rule's fields, e.g. `{ enabled: false }` to switch it off. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateRuleType>, res: MedusaResponse) => {
  await updateRuleWorkflow(req.scope).run({ input: { id: req.params.id, update: req.validatedBody } })
  res.json({ rule: await retrieveRule(req.scope, req.params.id) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await retrieveRule(req.scope, req.params.id)
  await deleteRulesWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "rule", deleted: true })
}
