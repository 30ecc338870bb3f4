import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { bulkUpdateTicketsWorkflow } from "../../../../../workflows"
import { agentActor, listAdminTicketsByIds } from "../admin-ticket"
import { AdminBulkUpdateTicketsType } from "../validators"

/** The inbox's bulk actions: one change to up to 100 tickets, all or nothing. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminBulkUpdateTicketsType>, res: MedusaResponse) => {
  const { ids, ...change } = req.validatedBody
  await bulkUpdateTicketsWorkflow(req.scope).run({
    input: { ids, actor: await agentActor(req), ...change },
  })
  const tickets = await listAdminTicketsByIds(req.scope, [...new Set(ids)], req.queryConfig.fields)
  res.json({ tickets })
}
