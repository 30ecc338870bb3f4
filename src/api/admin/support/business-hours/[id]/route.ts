import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { deleteBusinessHoursWorkflow, updateBusinessHoursWorkflow } from "../../../../../workflows/sla"
import { AdminUpdateBusinessHoursType } from "../validators"

export async function retrieveBusinessHours(scope: Pick<MedusaContainer, "resolve">, id: string, fields: string[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "support_business_hours", fields, filters: { id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Business hours with id: ${id} were not found`)
  return data[0]
}

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ business_hours: await retrieveBusinessHours(req.scope, req.params.id, req.queryConfig.fields) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateBusinessHoursType>, res: MedusaResponse) => {
  await updateBusinessHoursWorkflow(req.scope).run({ input: { id: req.params.id, update: req.validatedBody } })
  res.json({ business_hours: await retrieveBusinessHours(req.scope, req.params.id, req.queryConfig.fields) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await retrieveBusinessHours(req.scope, req.params.id, ["id"])
  await deleteBusinessHoursWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "business_hours", deleted: true })
}
