import { MedusaContainer } from "@medusajs/framework/types"
import { purgeExpiredRateLimitsWorkflow } from "../workflows"

export default async function purgeExpiredRateLimitsJob(container: MedusaContainer) {
  await purgeExpiredRateLimitsWorkflow(container).run()
}

export const config = {
  name: "helpdesk-purge-expired-rate-limits",
  schedule: "*/10 * * * *",
}
