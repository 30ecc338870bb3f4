import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { formatTrackingLinks } from "../../../../../../../modules/helpdesk/domain/order-actions/tracking"
import { loadOrderView } from "../../../../../../../workflows/order-actions/order-view"

/** The order's tracking links, and as plain text for the reply composer. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "support_ticket", fields: ["id", "order_id"], filters: { id: req.params.id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Ticket with id: ${req.params.id} was not found`)
  if (!data[0].order_id) throw new MedusaError(MedusaError.Types.INVALID_DATA, "This ticket has no order to act on")
  const order = await loadOrderView(req.scope, data[0].order_id)
  res.json({ tracking_links: order.tracking_links, text: formatTrackingLinks(order.tracking_links) })
}
