import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../modules/helpdesk/domain/constants"
import { HelpdeskEvents } from "../modules/helpdesk/domain/events"
import type HelpdeskModuleService from "../modules/helpdesk/service"

/** Puts new tickets in the admin's notification bell (the `feed` channel). */
export default async function notifyAgentsOfNewTicket({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const ticket = await helpdesk.retrieveSupportTicket(data.id, {
    select: ["id", "display_id", "subject", "channel"],
  })
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: "",
    channel: "feed",
    template: "admin-ui",
    data: {
      title: `New support ticket #${ticket.display_id}`,
      description: ticket.subject,
    },
    idempotency_key: `support-ticket-created:${ticket.id}`,
  })
}

export const config: SubscriberConfig = {
  event: HelpdeskEvents.TICKET_CREATED,
  context: { subscriberId: "helpdesk-notify-agents-of-new-ticket" },
}
