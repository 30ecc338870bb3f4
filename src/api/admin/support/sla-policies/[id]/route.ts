import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { deleteSlaPoliciesWorkflow, updateSlaPoliciesWorkflow } from "../../../../../workflows/sla"
import { AdminUpdateSlaPolicyType } from "../validators"

export async function retrieveSlaPolicy(scope: Pick<MedusaContainer, "resolve">, id: string, fields: string[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "support_sla_policy", fields, filters: { id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `SLA policy with id: ${id} was not found`)
  return data[0]
}

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ sla_policy: await retrieveSlaPolicy(req.scope, req.params.id, req.queryConfig.fields) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateSlaPolicyType>, res: MedusaResponse) => {
  await updateSlaPoliciesWorkflow(req.scope).run({ input: { id: req.params.id, update: req.validatedBody } })
  res.json({ sla_policy: await retrieveSlaPolicy(req.scope, req.params.id, req.queryConfig.fields) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await retrieveSlaPolicy(req.scope, req.params.id, ["id"])
  await deleteSlaPoliciesWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "sla_policy", deleted: true })
}
