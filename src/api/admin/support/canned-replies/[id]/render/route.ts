import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { renderPlaceholders } from "../../../../../../modules/helpdesk/domain/placeholders"
import { retrieveCannedReply } from "../../canned-reply"
import { AdminRenderCannedReplyType } from "../../validators"
import { placeholderValuesForTicket } from "./placeholder-values"

/** The reply's body with its placeholders filled from a ticket, for the agent to edit and send. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminRenderCannedReplyType>, res: MedusaResponse) => {
  const reply = await retrieveCannedReply(req.scope, req.params.id, ["id", "body", "locale"])
  const values = await placeholderValuesForTicket(req.scope, req.validatedBody.ticket_id, {
    agent_id: req.auth_context.actor_id,
    locale: reply.locale,
  })
  res.json({ body: renderPlaceholders(reply.body, values) })
}
