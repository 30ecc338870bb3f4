import { MedusaContainer } from "@medusajs/framework/types"
import { runPriorityRefreshTick } from "../workflows/priority"

/** Rescores open and pending tickets whose score is older than 5 minutes (docs/automation.md "Priority for rare writers"). */
export default async function refreshPriorityScoresJob(container: MedusaContainer) {
  await runPriorityRefreshTick(container)
}

export const config = {
  name: "helpdesk-refresh-priority-scores",
  schedule: "*/5 * * * *",
}
