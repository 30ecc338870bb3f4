import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { HelpdeskEvents } from "../modules/helpdesk/domain/events"
import { onTicketCreated } from "../workflows/email/notify"

/** A new ticket: "received" to the requester, "new ticket" to agents by mail and in the admin's bell (docs/email.md "What shoppers and agents receive"). */
export default async function handler({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await onTicketCreated(container, data)
}

export const config: SubscriberConfig = {
  event: HelpdeskEvents.TICKET_CREATED,
  context: { subscriberId: "helpdesk-email-ticket-created" },
}
