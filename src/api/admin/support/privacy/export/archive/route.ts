import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { collectRequesterExport } from "../../../../../../workflows/privacy/collect-export"
import { sendExportArchive } from "../../../../../utils/export-archive"
import { selectorOf } from "../../selector"
import { AdminPrivacyRequestType } from "../../validators"

/** The same export as a zip: export.json and every attachment's file. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminPrivacyRequestType>, res: MedusaResponse) => {
  const data = await collectRequesterExport(req.scope, selectorOf(req.validatedBody), "admin")
  await sendExportArchive(req.scope, res, data, `support-export-${new Date().toISOString().slice(0, 10)}.zip`)
}
