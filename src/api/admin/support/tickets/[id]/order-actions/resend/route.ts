import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { resendOrderNotificationWorkflow } from "../../../../../../../workflows"
import { agentActor, retrieveAdminTicket } from "../../../admin-ticket"
import { AdminResendOrderNotificationType } from "../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminResendOrderNotificationType>, res: MedusaResponse) => {
  const { result } = await resendOrderNotificationWorkflow(req.scope).run({
    input: { ticket_id: req.params.id, actor: await agentActor(req), ...req.validatedBody },
  })
  const ticket = await retrieveAdminTicket(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ ticket, notification: { kind: result.kind, fulfillment_id: result.fulfillment_id } })
}
