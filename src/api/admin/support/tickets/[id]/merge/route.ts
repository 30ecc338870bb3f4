import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { mergeTicketsWorkflow } from "../../../../../../workflows"
import { agentActor, retrieveAdminTicket } from "../../admin-ticket"
import { AdminMergeTicketsType } from "../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminMergeTicketsType>, res: MedusaResponse) => {
  const agent = await agentActor(req)
  await mergeTicketsWorkflow(req.scope).run({
    input: {
      target_id: req.params.id,
      source_ids: req.validatedBody.ticket_ids,
      actor: { id: agent.id, name: agent.name },
    },
  })
  const ticket = await retrieveAdminTicket(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ ticket })
}
