import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { exchangeTicketOrderWorkflow } from "../../../../../../../workflows"
import { loadOrderView } from "../../../../../../../workflows/order-actions/order-view"
import { agentActor, retrieveAdminTicket } from "../../../admin-ticket"
import { AdminExchangeTicketOrderType } from "../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminExchangeTicketOrderType>, res: MedusaResponse) => {
  const { result } = await exchangeTicketOrderWorkflow(req.scope).run({
    input: { ticket_id: req.params.id, actor: await agentActor(req), ...req.validatedBody },
  })
  const [ticket, order] = await Promise.all([
    retrieveAdminTicket(req.scope, req.params.id, req.queryConfig.fields),
    loadOrderView(req.scope, result.order_id),
  ])
  res.json({ ticket, order, exchange: { id: result.exchange_id } })
}
