import OrderModule from "@medusajs/medusa/order"
import { defineLink } from "@medusajs/framework/utils"
import HelpdeskModule from "../modules/helpdesk"

// ticket.order, over the ticket's own order_id column.
export default defineLink(
  { linkable: HelpdeskModule.linkable.supportTicket, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
