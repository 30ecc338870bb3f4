import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { HelpdeskEvents } from "../modules/helpdesk/domain/events"
import { RuleTrigger } from "../modules/helpdesk/domain/rules/schema"
import { runRulesForEvent } from "../workflows/rules/dispatch"

const TRIGGERS: Record<string, RuleTrigger> = {
  [HelpdeskEvents.TICKET_CREATED]: "ticket.created",
  // Every message: the run itself keeps only the shopper's public replies after the first message.
  [HelpdeskEvents.MESSAGE_CREATED]: "ticket.customer_replied",
  [HelpdeskEvents.STATUS_CHANGED]: "ticket.status_changed",
}

/** Ticket events -> automation rules (docs/automation.md "Rules"). */
export default async function handler({ event: { name, data }, container }: SubscriberArgs<{ id: string; message_id?: string; rule_chain?: unknown }>) {
  const trigger = TRIGGERS[name]
  if (trigger) await runRulesForEvent(container, trigger, data)
}

export const config: SubscriberConfig = {
  event: Object.keys(TRIGGERS),
  context: { subscriberId: "helpdesk-rules" },
}
