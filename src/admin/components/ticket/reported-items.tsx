import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { AdminTicket } from "../../lib/types"

// A thumbnail is the product's stored URL; only web addresses are put in an <img>.
const safeImage = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url : null)

/** The order lines the shopper reported with the ticket, with thumbnails and links to the products. */
export const ReportedItems = ({ ticket }: { ticket: AdminTicket }) => {
  const { t } = useTranslation()
  const items = ticket.line_items ?? []
  if (!items.length) return null
  return (
    <Container className="divide-y p-0" data-testid="helpdesk-reported-items">
      <div className="px-6 py-4">
        <Heading level="h2">{t("helpdesk.lineItems.title")}</Heading>
      </div>
      <ul className="flex flex-col gap-y-3 px-6 py-4">
        {items.map((item) => {
          const image = safeImage(item.thumbnail)
          return (
            <li key={item.id} className="flex items-center gap-x-3" data-testid="helpdesk-reported-item">
              <div className="bg-ui-bg-subtle flex h-12 w-12 shrink-0 items-center justify-center overflow-hidden rounded-md border">
                {image ? (
                  <img src={image} alt="" className="h-full w-full object-cover" referrerPolicy="no-referrer" />
                ) : (
                  <Text size="xsmall" className="text-ui-fg-muted text-center">{t("helpdesk.lineItems.noThumbnail")}</Text>
                )}
              </div>
              <div className="min-w-0 flex-1">
                <Text size="small" weight="plus" className="truncate">
                  {item.product_id ? (
                    <Link to={`/products/${item.product_id}`} className="text-ui-fg-interactive">{item.title}</Link>
                  ) : (
                    item.title
                  )}
                </Text>
                {item.variant_title && <Text size="xsmall" className="text-ui-fg-subtle truncate">{item.variant_title}</Text>}
              </div>
              <Text size="small" className="text-ui-fg-subtle shrink-0">{t("helpdesk.lineItems.quantity", { quantity: item.quantity })}</Text>
            </li>
          )
        })}
      </ul>
    </Container>
  )
}
