import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { verifyExportToken } from "../../../../modules/helpdesk/domain/privacy/export-token"
import { collectRequesterExport } from "../../../../workflows/privacy/collect-export"
import { guestTokenSecret } from "../../../../workflows/tickets/guest-token"
import { sendExportArchive } from "../../../utils/export-archive"

/**
 * A shopper's own archive (POST /store/support/privacy/export gives the link): what they can see
 * on their tickets, never internal notes. Public, like a guest link: the signed token alone opens
 * it, until it expires; a forged, expired or unknown one is a 404.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const customerId = verifyExportToken(guestTokenSecret(req.scope), String(req.params.token ?? ""), new Date())
  const [customer] = customerId
    ? await req.scope.resolve(Modules.CUSTOMER).listCustomers({ id: customerId }, { take: 1, select: ["id"] })
    : []
  if (!customer) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This export link is invalid or has expired")
  const data = await collectRequesterExport(req.scope, { customer_id: customer.id }, "store")
  await sendExportArchive(req.scope, res, data, `my-support-data-${new Date().toISOString().slice(0, 10)}.zip`)
}
