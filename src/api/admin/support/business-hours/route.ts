import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createBusinessHoursWorkflow } from "../../../../workflows/sla"
import { retrieveBusinessHours } from "./[id]/route"
import { AdminCreateBusinessHoursType, AdminListBusinessHoursType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListBusinessHoursType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { limit, offset } = req.validatedQuery as AdminListBusinessHoursType
  const { data, metadata } = await query.graph({
    entity: "support_business_hours",
    fields: req.queryConfig.fields,
    pagination: { skip: offset, take: limit, order: (req.queryConfig.pagination?.order as any) ?? { name: "ASC" } },
  })
  res.json({ business_hours: data, count: metadata?.count ?? data.length, offset, limit })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateBusinessHoursType>, res: MedusaResponse) => {
  const { result } = await createBusinessHoursWorkflow(req.scope).run({ input: { business_hours: [req.validatedBody] } })
  res.status(201).json({ business_hours: await retrieveBusinessHours(req.scope, result[0].id, req.queryConfig.fields) })
}
