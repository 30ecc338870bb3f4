import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateTicketWorkflow } from "../../../../../workflows"
import { agentActor, retrieveAdminTicket } from "../admin-ticket"
import { AdminUpdateTicketType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const ticket = await retrieveAdminTicket(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ ticket })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateTicketType>, res: MedusaResponse) => {
  await updateTicketWorkflow(req.scope).run({
    input: { id: req.params.id, actor: await agentActor(req), ...req.validatedBody },
  })
  const ticket = await retrieveAdminTicket(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ ticket })
}
