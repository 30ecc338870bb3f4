import { MedusaContainer } from "@medusajs/framework/types"
import { runAutoCloseTick } from "../workflows/auto-close"

/** Closes solved tickets, reminds and then solves unanswered pending ones (docs/automation.md "Auto-close"). */
export default async function runAutoCloseJob(container: MedusaContainer) {
  await runAutoCloseTick(container)
}

export const config = {
  name: "helpdesk-run-auto-close",
  schedule: "*/15 * * * *",
}
