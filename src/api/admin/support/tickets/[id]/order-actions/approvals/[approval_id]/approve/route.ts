import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approveRefundWorkflow } from "../../../../../../../../../workflows"
import { loadOrderView } from "../../../../../../../../../workflows/order-actions/order-view"
import { agentActor, retrieveAdminTicket } from "../../../../../admin-ticket"
import { presentApproval } from "../../../helpers"
import { AdminDecideRefundApprovalType } from "../../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminDecideRefundApprovalType>, res: MedusaResponse) => {
  const { result } = await approveRefundWorkflow(req.scope).run({
    input: {
      ticket_id: req.params.id,
      approval_id: req.params.approval_id,
      actor: await agentActor(req),
      additional_data: req.validatedBody.additional_data,
    },
  })
  const [ticket, order] = await Promise.all([
    retrieveAdminTicket(req.scope, req.params.id, req.queryConfig.fields),
    loadOrderView(req.scope, (result as any).order_id),
  ])
  res.json({ ticket, order, approval: presentApproval({ ...(result as any).approval ?? result, status: "approved" }) })
}
