import { model } from "@medusajs/framework/utils"

/**
 * When a requester (`id` = "customer:<id>" or "email:<sha256 of the lower-cased address>") last got
 * an auto-acknowledgement. One conditional upsert claims the right to send one
 * (service.claimAutoAcknowledgement), so at most one goes out per requester per hour on any
 * number of instances.
 */
const SupportAutoAcknowledgement = model.define("support_auto_acknowledgement", {
  id: model.text().primaryKey(),
  last_sent_at: model.dateTime(),
})

export default SupportAutoAcknowledgement
