import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { TicketListSection } from "../components/ticket-list/ticket-list-section"

const OrderTicketsWidget = ({ data }: DetailWidgetProps<AdminOrder>) => {
  return <TicketListSection filters={{ order_id: data.id }} />
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
  id: "helpdesk:order-tickets",
})

export default OrderTicketsWidget
