import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../../../../../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../../../../../modules/helpdesk/service"
import { actorMayAccess } from "../../../../../../../workflows/tickets/actor"
import { findTicketAttachment, sendAttachment } from "../../../../../../utils/attachments"
import { storeActor } from "../../../store-actor"
import { STORE_TICKET_SELECT } from "../../../store-ticket"

/** The file of a public message, for the ticket's owner or the holder of its guest token. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { id, attachment_id } = req.params
  const helpdesk = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const [ticket] = await helpdesk.listSupportTickets({ id }, { take: 1, select: STORE_TICKET_SELECT })
  if (!ticket || !actorMayAccess(await storeActor(req), ticket)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Ticket with id: ${id} was not found`)
  }
  const attachment = await findTicketAttachment(req.scope, {
    ticket_id: id,
    attachment_id,
    include_internal: false,
  })
  await sendAttachment(req.scope, res, attachment)
}
