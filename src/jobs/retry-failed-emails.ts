import { MedusaContainer } from "@medusajs/framework/types"
import { retryFailedEmailsWorkflow } from "../workflows"

/** Sends again failed mail whose next attempt is due (docs/email.md "Delivery and retries"). */
export default async function retryFailedEmailsJob(container: MedusaContainer) {
  await retryFailedEmailsWorkflow(container).run({ input: { limit: 100 } })
}

export const config = {
  name: "helpdesk-retry-failed-emails",
  schedule: "* * * * *",
}
