import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../../../../../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../../../../../modules/helpdesk/service"
import { findTicketAttachment, sendAttachment } from "../../../../../../utils/attachments"

/** The file of any message of the ticket, internal notes included, for agents. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { id, attachment_id } = req.params
  const helpdesk = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const [ticket] = await helpdesk.listSupportTickets({ id }, { take: 1, select: ["id"] })
  if (!ticket) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Ticket with id: ${id} was not found`)
  const attachment = await findTicketAttachment(req.scope, {
    ticket_id: id,
    attachment_id,
    include_internal: true,
  })
  await sendAttachment(req.scope, res, attachment)
}
