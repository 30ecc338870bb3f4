import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { formatDate, formatMoney } from "../../lib/format"
import { AdminTicket, ContextOrder, TicketContext } from "../../lib/types"
import { IdentityBadge, TicketStatusBadge } from "../common/ticket-badges"

const ITEMS_SHOWN = 3
const label = (s: string | null) => (s ? s.replace(/_/g, " ") : "—")

const OrderRow = ({ order }: { order: ContextOrder }) => {
  const items = order.items.slice(0, ITEMS_SHOWN).map((i) => `${i.quantity} × ${i.title}`)
  const more = order.items.length - ITEMS_SHOWN
  const { t } = useTranslation()
  return (
    <li>
      <Link
        to={`/orders/${order.id}`}
        className="hover:bg-ui-bg-base-hover flex flex-col gap-y-0.5 px-6 py-3"
        data-testid="helpdesk-customer-order"
      >
        <span className="flex items-center justify-between">
          <Text size="small" weight="plus">#{order.display_id}</Text>
          <Text size="small">{formatMoney(order.total, order.currency_code)}</Text>
        </span>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {formatDate(order.created_at)} · {label(order.status)} · {t("helpdesk.customer.payment")}: {label(order.payment_status)} · {t("helpdesk.customer.fulfillment")}: {label(order.fulfillment_status)}
        </Text>
        <Text size="xsmall" className="text-ui-fg-muted truncate">
          {items.join(", ")}
          {more > 0 ? ` ${t("helpdesk.customer.moreItems", { count: more })}` : ""}
        </Text>
      </Link>
    </li>
  )
}

/** The requester beside the thread: who they are, how sure we are of it, their orders and tickets. */
export const CustomerSidebar = ({ ticket, context }: { ticket: AdminTicket; context: TicketContext }) => {
  const c = context.customer
  const name = c ? [c.first_name, c.last_name].filter(Boolean).join(" ") || c.name || c.email : ticket.name || ticket.email
  const { stats } = context
  const { t } = useTranslation()
  return (
    <>
      <Container className="divide-y p-0" data-testid="helpdesk-customer">
        <div className="flex items-center justify-between px-6 py-4">
          <Heading level="h2">{t("helpdesk.customer.title")}</Heading>
          <IdentityBadge identity={ticket.identity} />
        </div>
        {context.matched_by === "unverified_email" && (
          <div className="px-6 py-3" data-testid="helpdesk-customer-unverified-match">
            <Text size="small" className="text-ui-fg-error">{t("helpdesk.customer.unverifiedMatch")}</Text>
          </div>
        )}
        <div className="flex flex-col gap-y-1 px-6 py-4">
          {c?.id ? (
            <Link to={`/customers/${c.id}`} className="txt-compact-small-plus text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
              {name}
            </Link>
          ) : (
            <Text size="small" weight="plus">{name} · {t("helpdesk.customer.guest")}</Text>
          )}
          {c?.email && <Text size="small" className="text-ui-fg-subtle">{c.email}</Text>}
          {c?.phone && <Text size="small" className="text-ui-fg-subtle">{c.phone}</Text>}
          {c?.created_at && <Text size="xsmall" className="text-ui-fg-muted">{t("helpdesk.customer.since", { date: formatDate(c.created_at) })}</Text>}
        </div>
        <div className="grid grid-cols-3 gap-x-2 px-6 py-4" data-testid="helpdesk-customer-stats">
          <div>
            <Text size="xsmall" className="text-ui-fg-subtle">{t("helpdesk.customer.orders")}</Text>
            <Text size="small" weight="plus">{t("helpdesk.customer.ordersCount", { count: stats.orders_count })}</Text>
          </div>
          <div>
            <Text size="xsmall" className="text-ui-fg-subtle">{t("helpdesk.customer.lifetimeValue")}</Text>
            <Text size="small" weight="plus">{formatMoney(stats.lifetime_value, stats.currency_code)}</Text>
          </div>
          <div>
            <Text size="xsmall" className="text-ui-fg-subtle">{t("helpdesk.tickets.title")}</Text>
            <Text size="small" weight="plus">
              {t("helpdesk.customer.ticketsCount", { count: stats.tickets_count })} ·{" "}
              {t("helpdesk.customer.openTickets", { count: stats.open_tickets_count })}
            </Text>
          </div>
        </div>
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">{t("helpdesk.customer.orders")}</Heading>
        </div>
        {context.orders.length ? (
          <ul className="divide-y" data-testid="helpdesk-customer-orders">
            {context.orders.map((o) => (
              <OrderRow key={o.id} order={o} />
            ))}
          </ul>
        ) : (
          <Text size="small" className="text-ui-fg-subtle px-6 py-4">{t("helpdesk.customer.noOrders")}</Text>
        )}
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">{t("helpdesk.customer.otherTickets")}</Heading>
        </div>
        {context.tickets.length ? (
          <ul className="divide-y">
            {context.tickets.map((other) => (
              <li key={other.id}>
                <Link to={`/support/${other.id}`} className="hover:bg-ui-bg-base-hover flex items-center justify-between gap-x-2 px-6 py-3">
                  <Text size="small" className="truncate">#{other.display_id} {other.subject}</Text>
                  <TicketStatusBadge status={other.status} />
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <Text size="small" className="text-ui-fg-subtle px-6 py-4">{t("helpdesk.customer.noOtherTickets")}</Text>
        )}
      </Container>
    </>
  )
}
