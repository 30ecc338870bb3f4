import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateTicketWorkflow } from "../../../../../workflows"
import { agentActor, retrieveAdminTicket } from "../admin-ticket"
import { unlessStaleView } from "../stale-view"
import { AdminUpdateTicketType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const ticket = await retrieveAdminTicket(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ ticket })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateTicketType>, res: MedusaResponse) => {
  const input = { id: req.params.id, actor: await agentActor(req), ...req.validatedBody }
  if (!(await unlessStaleView(res, () => updateTicketWorkflow(req.scope).run({ input })))) return
  const ticket = await retrieveAdminTicket(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ ticket })
}
