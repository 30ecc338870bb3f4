import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createSlaPoliciesWorkflow } from "../../../../workflows/sla"
import { retrieveSlaPolicy } from "./[id]/route"
import { AdminCreateSlaPolicyType, AdminListSlaPoliciesType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListSlaPoliciesType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { limit, offset } = req.validatedQuery as AdminListSlaPoliciesType
  const { data, metadata } = await query.graph({
    entity: "support_sla_policy",
    fields: req.queryConfig.fields,
    pagination: { skip: offset, take: limit, order: (req.queryConfig.pagination?.order as any) ?? { position: "ASC", created_at: "ASC" } },
  })
  res.json({ sla_policies: data, count: metadata?.count ?? data.length, offset, limit })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateSlaPolicyType>, res: MedusaResponse) => {
  const { result } = await createSlaPoliciesWorkflow(req.scope).run({ input: { sla_policies: [req.validatedBody] } })
  res.status(201).json({ sla_policy: await retrieveSlaPolicy(req.scope, result[0].id, req.queryConfig.fields) })
}
