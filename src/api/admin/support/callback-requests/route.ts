import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { HELPDESK_MODULE } from "../../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../../modules/helpdesk/service"
import { AdminListCallbackRequestsType } from "./validators"

type Callback = { phone?: unknown; window_start?: unknown; window_end?: unknown }

/**
 * The newest callback request (POST /store/support/tickets/:id/callback) of each given ticket:
 * the number and window the shopper asked for, which the inbox's callback view shows beside
 * each ticket. Read from the request's `phone` message (its metadata is for agents only).
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListCallbackRequestsType>, res: MedusaResponse) => {
  const { ticket_id } = req.validatedQuery as AdminListCallbackRequestsType
  const ids = [...new Set(ticket_id)]
  const messages = await req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE).listSupportMessages(
    { ticket_id: ids, channel: "phone", author_type: "customer" },
    { select: ["id", "ticket_id", "metadata", "created_at"], order: { created_at: "DESC" }, take: null }
  )
  const seen = new Set<string>()
  const callback_requests = messages.flatMap((m) => {
    const cb = (m.metadata as { callback?: Callback } | null)?.callback
    if (!cb || seen.has(m.ticket_id)) return []
    seen.add(m.ticket_id)
    return [
      {
        ticket_id: m.ticket_id,
        message_id: m.id,
        phone: String(cb.phone ?? ""),
        window_start: String(cb.window_start ?? ""),
        window_end: String(cb.window_end ?? ""),
        requested_at: m.created_at,
      },
    ]
  })
  res.json({ callback_requests })
}
