import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { eraseRequesterDataWorkflow } from "../workflows/privacy/workflows/erase-requester-data"
import { loadPrivacySettings } from "../workflows/privacy/settings"

/**
 * A customer deleted in Medusa: their tickets follow Settings -> Support -> Privacy
 * (`on_customer_deleted`): kept as they are (default), or anonymised by the erase workflow.
 */
export default async function privacyCustomerDeleted({ event, container }: SubscriberArgs<{ id: string }>) {
  const id = event.data?.id
  if (!id) return
  const settings = await loadPrivacySettings(container)
  if (settings.on_customer_deleted !== "anonymise") return
  await eraseRequesterDataWorkflow(container).run({ input: { customer_id: id, actor: null } })
}

export const config: SubscriberConfig = {
  event: "customer.deleted",
  context: { subscriberId: "helpdesk-privacy-customer-deleted" },
}
