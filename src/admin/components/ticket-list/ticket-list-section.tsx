import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { TicketListFilters, useTickets } from "../../hooks/tickets"
import { formatDateTime } from "../../lib/format"
import { CreateTicketDrawer, TicketPrefill } from "../create-ticket/create-ticket-drawer"
import { ErrorState, LoadingState } from "../common/states"
import { TicketStatusBadge } from "../common/ticket-badges"

/** A customer's or an order's tickets, newest activity first, with a button to open one. */
export const TicketListSection = ({
  filters,
  prefill,
  createLabel,
}: {
  filters: TicketListFilters
  prefill: TicketPrefill
  createLabel: string
}) => {
  const { t } = useTranslation()
  const { data, isLoading, isError, refetch } = useTickets({ limit: 10, order: "-last_message_at", ...filters })

  return (
    <Container className="divide-y p-0" data-testid="helpdesk-ticket-list">
      <div className="flex items-center justify-between gap-x-2 px-6 py-4">
        <div>
          <Heading level="h2">{t("helpdesk.tickets.title")}</Heading>
          {data && <Text size="small" className="text-ui-fg-subtle">{t("helpdesk.tickets.count", { count: data.count })}</Text>}
        </div>
        <CreateTicketDrawer
          prefill={prefill}
          trigger={<Button size="small" variant="secondary" data-testid="helpdesk-open-ticket">{createLabel}</Button>}
        />
      </div>
      {isLoading && <LoadingState label={t("helpdesk.tickets.loading")} />}
      {isError && <ErrorState label={t("helpdesk.tickets.error")} onRetry={() => refetch()} />}
      {data && data.tickets.length === 0 && <Text size="small" className="px-6 py-4 text-ui-fg-subtle">{t("helpdesk.tickets.empty")}</Text>}
      {data?.tickets.map((ticket) => (
        <Link
          key={ticket.id}
          to={`/support/${ticket.id}`}
          className="hover:bg-ui-bg-base-hover flex items-center justify-between gap-x-4 px-6 py-3"
          data-testid="helpdesk-ticket-row"
        >
          <div className="min-w-0">
            <Text size="small" weight="plus" className="truncate">
              #{ticket.display_id} {ticket.subject}
            </Text>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {formatDateTime(ticket.last_message_at ?? ticket.created_at)}
            </Text>
          </div>
          <TicketStatusBadge status={ticket.status} />
        </Link>
      ))}
    </Container>
  )
}
