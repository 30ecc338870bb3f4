import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { HelpdeskEvents } from "../modules/helpdesk/domain/events"
import { onMessageCreated } from "../workflows/email/notify"

/** A new message: an agent's public reply to the requester, a shopper's reply to the assignee (docs/email.md "What shoppers and agents receive"). */
export default async function handler({ event: { data }, container }: SubscriberArgs<{ id: string; message_id?: string }>) {
  await onMessageCreated(container, data)
}

export const config: SubscriberConfig = {
  event: HelpdeskEvents.MESSAGE_CREATED,
  context: { subscriberId: "helpdesk-email-message-created" },
}
