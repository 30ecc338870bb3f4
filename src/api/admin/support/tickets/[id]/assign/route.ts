import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assignTicketWorkflow } from "../../../../../../workflows"
import { retrieveAdminTicket } from "../../admin-ticket"
import { AdminAssignTicketType } from "../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminAssignTicketType>, res: MedusaResponse) => {
  await assignTicketWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      assignee_id: req.validatedBody.assignee_id,
      actor_id: req.auth_context.actor_id,
    },
  })
  const ticket = await retrieveAdminTicket(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ ticket })
}
