import { MedusaContainer } from "@medusajs/framework/types"
import { runNotShippedCheck } from "../workflows"

/** Proactive tickets for orders not shipped N days after they were placed, hourly (docs/proactive.md). */
export default async function openNotShippedTicketsJob(container: MedusaContainer) {
  await runNotShippedCheck(container)
}

export const config = {
  name: "helpdesk-proactive-not-shipped",
  schedule: "17 * * * *",
}
