import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../../../../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../../../../modules/helpdesk/service"
import { addTicketMessageWorkflow } from "../../../../../../workflows"
import { agentActor, loadAdminThreadPage, retrieveAdminTicket } from "../../admin-ticket"
import { unlessStaleView } from "../../stale-view"
import { AdminAddTicketMessageType, AdminListTicketMessagesType } from "../../validators"

/** Earlier pages of the thread, internal notes included (the ticket carries the newest page). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { before, limit } = req.validatedQuery as AdminListTicketMessagesType
  const helpdesk = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const [ticket] = await helpdesk.listSupportTickets({ id: req.params.id }, { take: 1, select: ["id"] })
  if (!ticket) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Ticket with id: ${req.params.id} was not found`)
  const page = await loadAdminThreadPage(req.scope, req.params.id, { before, limit })
  if (!page) throw new MedusaError(MedusaError.Types.INVALID_DATA, `No message ${before} in this ticket`)
  res.json({ messages: page.messages, count: page.count, limit, has_more: page.has_more })
}

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
