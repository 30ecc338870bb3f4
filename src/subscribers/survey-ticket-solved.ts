import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { HelpdeskEvents } from "../modules/helpdesk/domain/events"
import { requestTicketSurveyWorkflow } from "../workflows/surveys"

/** A ticket solved: the satisfaction survey in its thread (docs/automation.md "Satisfaction surveys"). */
export default async function handler({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await requestTicketSurveyWorkflow(container).run({ input: { ticket_id: data.id } })
}

export const config: SubscriberConfig = {
  event: HelpdeskEvents.STATUS_CHANGED,
  context: { subscriberId: "helpdesk-survey-ticket-solved" },
}
