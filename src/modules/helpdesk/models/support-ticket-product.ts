import { model } from "@medusajs/framework/utils"
import SupportTicket from "./support-ticket"

/**
 * The products a ticket is about, for the contact rate report (docs/reports.md): the products of
 * the order lines it reports, or, when it reports none, of its order's lines. Written when the
 * ticket is created (workflows/tickets/steps/record-ticket-products.ts) and backfilled once by
 * Migration20261206140000, so the report reads one small index per ticket instead of the order's
 * tables. One row per ticket and product; tickets without an order have none. Deleted and merged
 * tickets keep their rows: the report excludes them through support_ticket. `created_at` is the
 * ticket's creation time.
 */
const SupportTicketProduct = model
  .define("support_ticket_product", {
    id: model.id({ prefix: "suptp" }).primaryKey(),
    ticket: model.belongsTo(() => SupportTicket, { mappedBy: "products" }),
    product_id: model.text(),
  })
  .indexes([
    // One row per ticket and product.
    { on: ["ticket_id", "product_id"], unique: true, where: "deleted_at IS NULL" },
    // The report reads a period's rows by created_at, which is the ticket's (not the row's: set
    // on create, kept by a trigger, Migration20261206140000); its INCLUDE columns are added there.
    { on: ["created_at"], where: "deleted_at IS NULL" },
  ])

export default SupportTicketProduct
