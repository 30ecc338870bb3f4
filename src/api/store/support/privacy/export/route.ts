import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requestCustomerExportWorkflow } from "../../../../../workflows/privacy/workflows/request-customer-export"

/**
 * A signed-in shopper asks for their data: 202 with a signed link to their archive (valid for an
 * hour), built when it is downloaded.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await requestCustomerExportWorkflow(req.scope).run({ input: { customer_id: req.auth_context.actor_id } })
  res.status(202).json({ export: result })
}
