import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addTicketMessageWorkflow } from "../../../../../../workflows"
import { agentActor, retrieveAdminTicket } from "../../admin-ticket"
import { unlessStaleView } from "../../stale-view"
import { AdminAddTicketMessageType } from "../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminAddTicketMessageType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const input = {
    ticket_id: req.params.id,
    body: body.body,
    internal: body.internal ?? false,
    canned_reply_id: body.canned_reply_id ?? null,
    attachment_ids: body.attachment_ids,
    status: body.status,
    expected_updated_at: body.expected_updated_at,
    additional_data: body.additional_data,
    actor: await agentActor(req),
  }
  if (!(await unlessStaleView(res, () => addTicketMessageWorkflow(req.scope).run({ input })))) return
  const ticket = await retrieveAdminTicket(req.scope, req.params.id, req.queryConfig.fields)
  res.status(201).json({ ticket })
}
