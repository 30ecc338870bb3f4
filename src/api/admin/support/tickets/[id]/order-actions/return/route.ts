import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { startTicketReturnWorkflow } from "../../../../../../../workflows"
import { loadOrderView } from "../../../../../../../workflows/order-actions/order-view"
import { agentActor, retrieveAdminTicket } from "../../../admin-ticket"
import { AdminStartTicketReturnType } from "../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminStartTicketReturnType>, res: MedusaResponse) => {
  const { result } = await startTicketReturnWorkflow(req.scope).run({
    input: { ticket_id: req.params.id, actor: await agentActor(req), ...req.validatedBody },
  })
  const [ticket, order] = await Promise.all([
    retrieveAdminTicket(req.scope, req.params.id, req.queryConfig.fields),
    loadOrderView(req.scope, result.order_id),
  ])
  res.json({ ticket, order, return: { id: result.return_id } })
}
