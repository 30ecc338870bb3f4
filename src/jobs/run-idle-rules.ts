import { MedusaContainer } from "@medusajs/framework/types"
import { runIdleRules } from "../workflows/rules/run-idle-rules"

/** ticket.idle rules (docs/automation.md "Rules"): each fires once per ticket and idle period. */
export default async function runIdleRulesJob(container: MedusaContainer) {
  await runIdleRules(container)
}

export const config = {
  name: "helpdesk-run-idle-rules",
  schedule: "*/5 * * * *",
}
