import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { useTranslation } from "react-i18next"
import { TicketListSection } from "../components/ticket-list/ticket-list-section"

const CustomerTicketsWidget = ({ data }: DetailWidgetProps<AdminCustomer>) => {
  const { t } = useTranslation()
  return (
    <TicketListSection
      filters={{ customer_id: data.id }}
      prefill={{ customer_id: data.id, email: data.email }}
      createLabel={t("helpdesk.tickets.open")}
    />
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.after",
  id: "helpdesk:customer-tickets",
})

export default CustomerTicketsWidget
