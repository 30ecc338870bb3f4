import CustomerModule from "@medusajs/medusa/customer"
import { defineLink } from "@medusajs/framework/utils"
import HelpdeskModule from "../modules/helpdesk"

// customer.support_tickets: the inverse of ticket-customer (read-only links work one way).
export default defineLink(
  { linkable: CustomerModule.linkable.customer, field: "id" },
  {
    ...HelpdeskModule.linkable.supportTicket.id,
    primaryKey: "customer_id",
  },
  { readOnly: true, isList: true }
)
