import { MedusaContainer } from "@medusajs/framework/types"
import { runSlaBreachTick } from "../workflows"

/** Records SLA breaches once each, every minute (docs/automation.md "Business hours and SLAs"). */
export default async function recordSlaBreachesJob(container: MedusaContainer) {
  await runSlaBreachTick(container)
}

export const config = {
  name: "helpdesk-record-sla-breaches",
  schedule: "* * * * *",
}
