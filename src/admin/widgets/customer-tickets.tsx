import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { TicketListSection } from "../components/ticket-list/ticket-list-section"

const CustomerTicketsWidget = ({ data }: DetailWidgetProps<AdminCustomer>) => {
  return <TicketListSection filters={{ customer_id: data.id }} />
}

export const config = defineWidgetConfig({
  zone: "customer.details.after",
  id: "helpdesk:customer-tickets",
})

export default CustomerTicketsWidget
