import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { HelpdeskEvents } from "../modules/helpdesk/domain/events"
import { onAssigned } from "../workflows/email/notify"

/** A ticket assigned: "assigned to you" to the assignee by mail and in the bell (docs/email.md "What shoppers and agents receive"). */
export default async function handler({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await onAssigned(container, data)
}

export const config: SubscriberConfig = {
  event: HelpdeskEvents.ASSIGNED,
  context: { subscriberId: "helpdesk-email-ticket-assigned" },
}
