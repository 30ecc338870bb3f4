import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { CustomerPrivacySection } from "../components/privacy/customer-privacy-section"

/** Export or erase what the helpdesk holds on this customer (docs/privacy.md). */
const CustomerPrivacyWidget = ({ data }: DetailWidgetProps<AdminCustomer>) => <CustomerPrivacySection customer={data} />

export const config = defineWidgetConfig({
  zone: "customer.details.after",
  id: "helpdesk:customer-privacy",
})

export default CustomerPrivacyWidget
