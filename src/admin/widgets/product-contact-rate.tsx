import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { ErrorState, LoadingState } from "../components/common/states"
import { ContactRateValue } from "../components/reports/contact-rate-value"
import { useContactRate } from "../hooks/reports"

const Period = ({ productId, days }: { productId: string; days: number }) => {
  const { t } = useTranslation()
  const { data, isLoading, isError, refetch } = useContactRate({ days, product_id: productId, limit: 1 })
  const row = data?.products[0]
  return (
    <div className="flex items-start justify-between gap-x-4 px-6 py-4" data-testid={`helpdesk-contact-rate-${days}`}>
      <Text size="small" weight="plus">{t("helpdesk.reports.lastDays", { count: days })}</Text>
      {isLoading ? (
        <LoadingState />
      ) : isError ? (
        <ErrorState onRetry={() => refetch()} />
      ) : (
        <div className="flex flex-col items-end">
          <Text size="small" weight="plus"><ContactRateValue rate={row?.contact_rate ?? null} /></Text>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t("helpdesk.reports.counts", { tickets: row?.tickets ?? 0, orders: row?.orders ?? 0 })}
          </Text>
        </div>
      )}
    </div>
  )
}

/** The product's contact rate (tickets per 100 orders) over the last 30 and 90 days. */
const ProductContactRateWidget = ({ data }: DetailWidgetProps<AdminProduct>) => {
  const { t } = useTranslation()
  return (
    <Container className="divide-y p-0" data-testid="helpdesk-product-contact-rate">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">{t("helpdesk.reports.contactRate")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">{t("helpdesk.reports.widgetHint")}</Text>
        </div>
      </div>
      <Period productId={data.id} days={30} />
      <Period productId={data.id} days={90} />
      <div className="px-6 py-3">
        <Link to="/support/reports" className="text-ui-fg-interactive txt-compact-small hover:underline">
          {t("helpdesk.reports.allProducts")}
        </Link>
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.side.after",
  id: "helpdesk:product-contact-rate",
})

export default ProductContactRateWidget
