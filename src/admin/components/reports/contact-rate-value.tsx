import { useTranslation } from "react-i18next"
import { formatNumber } from "../../lib/format"

/** "12.5 per 100 orders", or "no orders" when the rate is unknown. */
export const ContactRateValue = ({ rate }: { rate: number | null }) => {
  const { t } = useTranslation()
  return <>{rate === null ? t("helpdesk.reports.noOrders") : t("helpdesk.reports.rate", { rate: formatNumber(rate) })}</>
}
