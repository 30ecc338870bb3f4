import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { HelpdeskEvents } from "../modules/helpdesk/domain/events"
import { delegateAssignmentWorkflow } from "../workflows/assignment"

/**
 * A ticket assigned to an away agent goes to their delegate (docs/automation.md "Assignment and
 * away"). Rule runs resolve delegation themselves (their events carry rule_chain); this
 * workflow's own event carries `delegated`.
 */
export default async function handler({ event: { data }, container }: SubscriberArgs<{ id: string; rule_chain?: unknown; delegated?: boolean }>) {
  if (!data?.id || data.rule_chain || data.delegated) return
  try {
    await delegateAssignmentWorkflow(container).run({ input: { ticket_id: data.id } })
  } catch (e) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`helpdesk: delegating ticket ${data.id} failed: ${(e as Error).message}`)
  }
}

export const config: SubscriberConfig = {
  event: HelpdeskEvents.ASSIGNED,
  context: { subscriberId: "helpdesk-assignment-delegate-away" },
}
