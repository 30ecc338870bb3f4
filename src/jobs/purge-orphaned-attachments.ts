import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { purgeOrphanedAttachmentsWorkflow } from "../workflows"

/** How long an upload may wait for the message that uses it. */
const GRACE_HOURS = 24

export default async function purgeOrphanedAttachmentsJob(container: MedusaContainer) {
  const olderThan = new Date(Date.now() - GRACE_HOURS * 3_600_000)
  const { result } = await purgeOrphanedAttachmentsWorkflow(container).run({
    input: { older_than: olderThan },
  })
  if (result.length) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(`helpdesk: purged ${result.length} unused support upload(s)`)
  }
}

export const config = {
  name: "helpdesk-purge-orphaned-attachments",
  schedule: "17 * * * *",
}
