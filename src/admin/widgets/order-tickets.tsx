import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { useTranslation } from "react-i18next"
import { TicketListSection } from "../components/ticket-list/ticket-list-section"

// A guest order has no customer account: the ticket is then tied to the order's email.
const OrderTicketsWidget = ({ data }: DetailWidgetProps<AdminOrder>) => {
  const { t } = useTranslation()
  return (
    <TicketListSection
      filters={{ order_id: data.id }}
      prefill={{
        customer_id: data.customer_id ?? undefined,
        email: data.email ?? undefined,
        order_id: data.id,
        order_label: `#${data.display_id}`,
      }}
      createLabel={t("helpdesk.tickets.openForOrder")}
    />
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
  id: "helpdesk:order-tickets",
})

export default OrderTicketsWidget
