import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { loadOrderView } from "../../../../../../workflows/order-actions/order-view"
import { listTicketApprovals } from "./helpers"

/**
 * What the ticket page's "Order actions" section shows: the ticket's order as Medusa reports it
 * (statuses, refundable amount, returnable quantities, tracking) and the ticket's refund approvals.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "support_ticket", fields: ["id", "order_id"], filters: { id: req.params.id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Ticket with id: ${req.params.id} was not found`)
  const [order, approvals, reasons] = await Promise.all([
    data[0].order_id ? loadOrderView(req.scope, data[0].order_id) : null,
    listTicketApprovals(req.scope, req.params.id),
    query.graph({ entity: "return_reason", fields: ["id", "label", "value"] }).then((r) => r.data),
  ])
  res.json({ order, approvals, return_reasons: reasons })
}
