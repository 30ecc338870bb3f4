import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { HelpdeskEvents } from "../modules/helpdesk/domain/events"
import { onMerged } from "../workflows/email/notify"

/** Tickets merged: "merged into #N" to each merged ticket's requester (docs/email.md "What shoppers and agents receive"). */
export default async function handler({ event: { data }, container }: SubscriberArgs<{ id: string; source_ids?: string[] }>) {
  await onMerged(container, data)
}

export const config: SubscriberConfig = {
  event: HelpdeskEvents.MERGED,
  context: { subscriberId: "helpdesk-email-ticket-merged" },
}
