import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { issueGoodwillPromotionWorkflow } from "../../../../../../../workflows"
import { agentActor, retrieveAdminTicket } from "../../../admin-ticket"
import { AdminIssueGoodwillPromotionType } from "../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminIssueGoodwillPromotionType>, res: MedusaResponse) => {
  const { result } = await issueGoodwillPromotionWorkflow(req.scope).run({
    input: { ticket_id: req.params.id, actor: await agentActor(req), ...req.validatedBody },
  })
  const ticket = await retrieveAdminTicket(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ ticket, promotion: result.promotion })
}
