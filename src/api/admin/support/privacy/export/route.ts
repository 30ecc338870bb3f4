import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { collectRequesterExport, presentRequesterExport } from "../../../../../workflows/privacy/collect-export"
import { selectorOf } from "../selector"
import { AdminPrivacyRequestType } from "../validators"

/** Everything the helpdesk holds on a requester, internal notes included (it is for the merchant). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminPrivacyRequestType>, res: MedusaResponse) => {
  const data = await collectRequesterExport(req.scope, selectorOf(req.validatedBody), "admin")
  res.json({ export: presentRequesterExport(data) })
}
