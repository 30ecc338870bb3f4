import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { HELPDESK_MODULE } from "../modules/helpdesk/domain/constants"
import { HelpdeskEvents } from "../modules/helpdesk/domain/events"
import type HelpdeskModuleService from "../modules/helpdesk/service"
import { loadSurveySettings, requestTicketSurveyWorkflow } from "../workflows/surveys"

/** A ticket solved: the satisfaction survey in its thread (docs/automation.md "Satisfaction surveys"). */
export default async function handler({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  // Most status changes are not a solve: look before taking the ticket's lock (the workflow checks again under it).
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const [ticket] = await helpdesk.listSupportTickets({ id: data.id }, { select: ["id", "status"], take: 1 })
  if (ticket?.status !== "solved" || !(await loadSurveySettings(helpdesk)).enabled) return
  await requestTicketSurveyWorkflow(container).run({ input: { ticket_id: data.id } })
}

export const config: SubscriberConfig = {
  event: HelpdeskEvents.STATUS_CHANGED,
  context: { subscriberId: "helpdesk-survey-ticket-solved" },
}
