import CustomerModule from "@medusajs/medusa/customer"
import { defineLink } from "@medusajs/framework/utils"
import HelpdeskModule from "../modules/helpdesk"

// ticket.customer, over the ticket's own customer_id column: no join table.
export default defineLink(
  { linkable: HelpdeskModule.linkable.supportTicket, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
