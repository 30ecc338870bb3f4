import { HELPDESK_MODULE } from "../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../modules/helpdesk/service"
import { MedusaContainer } from "@medusajs/framework/types"

/** The message already stored from this Message-ID, if any. */
export async function storedInboundMessage(container: Pick<MedusaContainer, "resolve">, messageId: string) {
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const [message] = await helpdesk.listSupportMessages(
    { email_message_id: messageId },
    { select: ["id", "ticket_id"], take: 1 }
  )
  return message ? { id: message.id, ticket_id: message.ticket_id as string } : null
}

/** The held mail with this Message-ID, if any. */
export async function heldInboundMail(container: Pick<MedusaContainer, "resolve">, messageId: string) {
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const [held] = await helpdesk.listSupportHeldMails({ message_id: messageId }, { select: ["id"], take: 1 })
  return held ?? null
}
