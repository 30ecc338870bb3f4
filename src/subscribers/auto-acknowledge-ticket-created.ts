import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { HelpdeskEvents } from "../modules/helpdesk/domain/events"
import { autoAcknowledgeTicketWorkflow } from "../workflows/auto-acknowledge"

/** A new ticket: the auto-acknowledgement (docs/automation.md "Auto-acknowledgement"). */
export default async function handler({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await autoAcknowledgeTicketWorkflow(container).run({ input: { ticket_id: data.id } })
}

export const config: SubscriberConfig = {
  event: HelpdeskEvents.TICKET_CREATED,
  context: { subscriberId: "helpdesk-auto-acknowledge-ticket-created" },
}
