import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refundTicketOrderWorkflow } from "../../../../../../../workflows"
import { loadOrderView } from "../../../../../../../workflows/order-actions/order-view"
import { agentActor, retrieveAdminTicket } from "../../../admin-ticket"
import { presentApproval } from "../helpers"
import { AdminRefundTicketOrderType } from "../validators"

/** `{ ticket, order }` once refunded, or `{ ticket, approval }` when a second agent must approve. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminRefundTicketOrderType>, res: MedusaResponse) => {
  const { result } = await refundTicketOrderWorkflow(req.scope).run({
    input: { ticket_id: req.params.id, actor: await agentActor(req), ...req.validatedBody },
  })
  const ticket = await retrieveAdminTicket(req.scope, req.params.id, req.queryConfig.fields)
  if (result.approval) {
    res.status(202).json({ ticket, approval: presentApproval(result.approval) })
    return
  }
  res.json({ ticket, order: await loadOrderView(req.scope, result.order_id) })
}
