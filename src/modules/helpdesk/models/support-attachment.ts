import { model } from "@medusajs/framework/utils"
import SupportMessage from "./support-message"

/**
 * A file uploaded by a shopper or agent. It is "unclaimed" (message null) until a ticket or
 * message names it; unclaimed uploads older than a day are purged.
 */
const SupportAttachment = model
  .define("support_attachment", {
    id: model.id({ prefix: "supatt" }).primaryKey(),
    file_id: model.text(),
    url: model.text(),
    filename: model.text(),
    mime_type: model.text(),
    size: model.number(),
    // Who uploaded it: "customer:<id>", "guest:<sha256 of ticket token>", "guest" or "user:<id>".
    uploaded_by: model.text(),
    message: model.belongsTo(() => SupportMessage, { mappedBy: "attachments" }).nullable(),
  })
  .indexes([{ on: ["message_id"] }, { on: ["created_at"], where: "message_id IS NULL" }])

export default SupportAttachment
