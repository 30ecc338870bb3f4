import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { HELPDESK_MODULE } from "../../../../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../../../../modules/helpdesk/service"
import { verifyGuestTicketWorkflow } from "../../../../../../workflows"
import { storeActor } from "../../store-actor"
import { retrieveStoreTicket } from "../../store-ticket"

/**
 * The guest opened their private link: the ticket's email counts as proven ("verified_email").
 * Only this answer carries `identity` (the result of the verification); other store answers do not.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const actor = await storeActor(req)
  await verifyGuestTicketWorkflow(req.scope).run({ input: { ticket_id: req.params.id, actor } })
  const ticket = await retrieveStoreTicket(req.scope, req.params.id, actor)
  const [row] = await req.scope
    .resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    .listSupportTickets({ id: req.params.id }, { select: ["identity"], take: 1 })
  res.json({ ticket: { ...ticket, identity: row.identity } })
}
