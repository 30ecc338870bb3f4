import OrderModule from "@medusajs/medusa/order"
import { defineLink } from "@medusajs/framework/utils"
import HelpdeskModule from "../modules/helpdesk"

// order.support_tickets: the inverse of ticket-order.
export default defineLink(
  { linkable: OrderModule.linkable.order, field: "id" },
  {
    ...HelpdeskModule.linkable.supportTicket.id,
    primaryKey: "order_id",
  },
  { readOnly: true, isList: true }
)
