import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { TicketListSection } from "../components/ticket-list/ticket-list-section"
import { en } from "../i18n/en"

const CustomerTicketsWidget = ({ data }: DetailWidgetProps<AdminCustomer>) => (
  <TicketListSection
    filters={{ customer_id: data.id }}
    prefill={{ customer_id: data.id, email: data.email }}
    createLabel={en.tickets.open}
  />
)

export const config = defineWidgetConfig({
  zone: "customer.details.after",
  id: "helpdesk:customer-tickets",
})

export default CustomerTicketsWidget
