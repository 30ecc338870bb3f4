import { model } from "@medusajs/framework/utils"
import SupportTicket from "./support-ticket"

/**
 * An order line the shopper reported a problem with ("Report a problem with this item"). A
 * snapshot of the line as it was when the ticket was opened: the order can change (returns,
 * edits) and products be renamed or deleted, and the ticket should still say what was reported.
 */
const SupportTicketLineItem = model
  .define("support_ticket_line_item", {
    id: model.id({ prefix: "suptli" }).primaryKey(),
    ticket: model.belongsTo(() => SupportTicket, { mappedBy: "line_items" }),
    // The order line item's id (ordli_...), of the ticket's order.
    line_item_id: model.text(),
    title: model.text(),
    variant_title: model.text().nullable(),
    quantity: model.number(),
    thumbnail: model.text().nullable(),
    product_id: model.text().nullable(),
    variant_id: model.text().nullable(),
  })
  .indexes([
    // The inbox filters "tickets about this product / variant" (domain/inbox-query.ts) with an
    // EXISTS over these, so each is (key, ticket_id): the lookup never reads the table.
    { on: ["product_id", "ticket_id"], where: "deleted_at IS NULL AND product_id IS NOT NULL" },
    { on: ["variant_id", "ticket_id"], where: "deleted_at IS NULL AND variant_id IS NOT NULL" },
  ])

export default SupportTicketLineItem
