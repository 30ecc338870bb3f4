import { model } from "@medusajs/framework/utils"
import { AUTHOR_TYPES, TICKET_CHANNELS } from "../domain/constants"
import SupportAttachment from "./support-attachment"
import SupportTicket from "./support-ticket"

const SupportMessage = model
  .define("support_message", {
    id: model.id({ prefix: "supmsg" }).primaryKey(),
    ticket: model.belongsTo(() => SupportTicket, { mappedBy: "messages" }),
    author_type: model.enum([...AUTHOR_TYPES]),
    author_id: model.text().nullable(),
    author_name: model.text().nullable(),
    body: model.text(),
    internal: model.boolean().default(false),
    channel: model.enum([...TICKET_CHANNELS]).default("web"),
    canned_reply_id: model.text().nullable(),
    // Normalised search tokens of this message's body (domain/search-tokens.ts); a generated
    // tsvector column over it is added by migration.
    search_text: model.text().default(""),
    // True when some of those tokens are not in the ticket's own search_text (a thread past its
    // token budget, a merge past it): only such messages are GIN-indexed, and the inbox searches
    // them besides the tickets (domain/inbox-query.ts). System lines are not searched.
    search_overflow: model.boolean().default(false),
    attachments: model.hasMany(() => SupportAttachment, { mappedBy: "message" }),
    metadata: model.json().nullable(),
    // The Message-ID of the inbound mail this message was stored from; unique, so a provider's
    // retry (or a concurrent second delivery) of the same mail is stored once.
    email_message_id: model.text().nullable(),
  })
  .cascades({ delete: ["attachments"] })
  .indexes([
    { on: ["ticket_id", "created_at"], where: "deleted_at IS NULL" },
    { on: ["email_message_id"], unique: true, where: "email_message_id IS NOT NULL AND deleted_at IS NULL" },
    // Canned-reply uses by time (domain/canned-effectiveness/query.ts).
    {
      name: "IDX_support_message_canned_reply_use",
      on: ["created_at"],
      where: "canned_reply_id IS NOT NULL AND deleted_at IS NULL",
    },
  ])

export default SupportMessage
