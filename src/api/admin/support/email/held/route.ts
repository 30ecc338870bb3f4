import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { HELPDESK_MODULE } from "../../../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../../../modules/helpdesk/service"
import { HELD_MAIL_FIELDS } from "./query-config"
import { AdminListHeldMailsType } from "./validators"

/** Held inbound mail, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListHeldMailsType>, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery as AdminListHeldMailsType
  const helpdesk = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const [held_mails, count] = await helpdesk.listAndCountSupportHeldMails(
    {},
    { select: HELD_MAIL_FIELDS, take: limit, skip: offset, order: { received_at: "DESC", id: "DESC" } }
  )
  res.json({ held_mails, count, offset, limit })
}
