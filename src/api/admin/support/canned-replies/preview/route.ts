import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  findUnknownPlaceholders,
  renderPlaceholders,
} from "../../../../../modules/helpdesk/domain/placeholders"
import { placeholderValuesForTicket } from "../[id]/render/placeholder-values"
import { AdminPreviewCannedReplyType } from "../validators"

/**
 * A draft body rendered as it would be sent on a ticket, for the editor's live preview; nothing
 * is saved. Without a ticket every placeholder shows its fallback. What saving would refuse is
 * listed in `unknown_placeholders`.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminPreviewCannedReplyType>, res: MedusaResponse) => {
  const { body, ticket_id, locale } = req.validatedBody
  const values = ticket_id
    ? await placeholderValuesForTicket(req.scope, ticket_id, { agent_id: req.auth_context.actor_id, locale })
    : {}
  res.json({ body: renderPlaceholders(body, values), unknown_placeholders: findUnknownPlaceholders(body) })
}
