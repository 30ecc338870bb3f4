import { model } from "@medusajs/framework/utils"

const SupportCannedReply = model
  .define("support_canned_reply", {
    id: model.id({ prefix: "supcr" }).primaryKey(),
    title: model.text(),
    body: model.text(),
    shortcut: model.text().nullable(),
    category: model.text().nullable(),
    locale: model.text().nullable(),
    usage_count: model.number().default(0),
    // Shown to shoppers as an answer before they open a ticket (GET /store/support/suggestions).
    public: model.boolean().default(false),
    // An order action inserted with the reply and run once the agent confirms it (domain/order-actions/canned-action.ts).
    action: model.json().nullable(),
  })
  .indexes([
    {
      on: ["shortcut"],
      unique: true,
      where: "deleted_at IS NULL AND shortcut IS NOT NULL",
    },
    { on: ["category", "locale"], where: "deleted_at IS NULL" },
  ])

export default SupportCannedReply
