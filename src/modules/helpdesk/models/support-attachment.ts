import { model } from "@medusajs/framework/utils"
import SupportMessage from "./support-message"

/**
 * A file uploaded by a shopper or agent. It is "unclaimed" (message null) until a ticket or
 * message names it; unclaimed uploads older than a day are purged.
 */
const SupportAttachment = model
  .define("support_attachment", {
    id: model.id({ prefix: "supatt" }).primaryKey(),
    // The File module's key; the file is private and served only by the plugin's attachment routes.
    file_id: model.text(),
    // The provider's URL, kept only on rows from before files were private; never shown.
    url: model.text().nullable(),
    filename: model.text(),
    mime_type: model.text(),
    size: model.number(),
    // Who uploaded it: "customer:<id>", "guest:<sha256 of ticket token>", "guest" or "user:<id>".
    uploaded_by: model.text(),
    message: model.belongsTo(() => SupportMessage, { mappedBy: "attachments" }).nullable(),
  })
  .indexes([{ on: ["message_id"] }, { on: ["created_at"], where: "message_id IS NULL" }])

export default SupportAttachment
