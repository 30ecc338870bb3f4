import { Button, Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { TicketListFilters, useTickets } from "../../hooks/tickets"
import { en } from "../../i18n/en"
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
  const { data, isLoading, isError, refetch } = useTickets({ limit: 10, order: "-last_message_at", ...filters })

  return (
    <Container className="divide-y p-0" data-testid="helpdesk-ticket-list">
      <div className="flex items-center justify-between gap-x-2 px-6 py-4">
        <div>
          <Heading level="h2">{en.tickets.title}</Heading>
          {data && <Text size="small" className="text-ui-fg-subtle">{en.tickets.count(data.count)}</Text>}
        </div>
        <CreateTicketDrawer
          prefill={prefill}
          trigger={<Button size="small" variant="secondary" data-testid="helpdesk-open-ticket">{createLabel}</Button>}
        />
      </div>
      {isLoading && <LoadingState label={en.tickets.loading} />}
      {isError && <ErrorState label={en.tickets.error} onRetry={() => refetch()} />}
      {data && data.tickets.length === 0 && <Text size="small" className="px-6 py-4 text-ui-fg-subtle">{en.tickets.empty}</Text>}
      {data?.tickets.map((t) => (
        <Link
          key={t.id}
          to={`/support/${t.id}`}
          className="hover:bg-ui-bg-base-hover flex items-center justify-between gap-x-4 px-6 py-3"
          data-testid="helpdesk-ticket-row"
        >
          <div className="min-w-0">
            <Text size="small" weight="plus" className="truncate">
              #{t.display_id} {t.subject}
            </Text>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {formatDateTime(t.last_message_at ?? t.created_at)}
            </Text>
          </div>
          <TicketStatusBadge status={t.status} />
        </Link>
      ))}
    </Container>
  )
}
