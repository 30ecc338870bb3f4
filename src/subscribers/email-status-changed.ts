import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { HelpdeskEvents } from "../modules/helpdesk/domain/events"
import { onStatusChanged } from "../workflows/email/notify"

/** A ticket solved: "solved" to the requester (docs/email.md "What shoppers and agents receive"). */
export default async function handler({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await onStatusChanged(container, data)
}

export const config: SubscriberConfig = {
  event: HelpdeskEvents.STATUS_CHANGED,
  context: { subscriberId: "helpdesk-email-status-changed" },
}
