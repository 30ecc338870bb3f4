import { model } from "@medusajs/framework/utils"
import { HELD_MAIL_FORMATS, HELD_MAIL_REASONS } from "../domain/email/inbound/held"

/**
 * An inbound mail kept aside instead of stored on a ticket (a sender over the hourly limit: a
 * loop). The mail itself is a private file in the File module, exactly as received; agents
 * release it (then it is stored as any other mail) or delete it.
 */
const SupportHeldMail = model
  .define("support_held_mail", {
    id: model.id({ prefix: "supheld" }).primaryKey(),
    sender: model.text(),
    subject: model.text(),
    reason: model.enum([...HELD_MAIL_REASONS]),
    // How the file holds the mail: raw MIME, or the provider's JSON.
    format: model.enum([...HELD_MAIL_FORMATS]),
    file_id: model.text(),
    size: model.number(),
    // The mail's Message-ID: a second delivery of a held mail is held once.
    message_id: model.text(),
    auto: model.boolean().default(false),
    received_at: model.dateTime(),
  })
  .indexes([
    { on: ["message_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["received_at"], where: "deleted_at IS NULL" },
  ])

export default SupportHeldMail
