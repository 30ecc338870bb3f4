import { Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import { TicketListFilters, useTickets } from "../../hooks/tickets"
import { en } from "../../i18n/en"

const STATUS_COLOR: Record<string, "green" | "orange" | "blue" | "grey"> = {
  open: "orange",
  pending: "blue",
  solved: "green",
  closed: "grey",
}

/** A requester's or an order's tickets, newest activity first, for the widgets. */
export const TicketListSection = ({ filters }: { filters: TicketListFilters }) => {
  const { data, isLoading, isError } = useTickets({ limit: 10, order: "-last_message_at", ...filters })

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{en.tickets.title}</Heading>
        {data && <Text size="small" className="text-ui-fg-subtle">{en.tickets.count(data.count)}</Text>}
      </div>
      {isLoading && <Text className="px-6 py-4 text-ui-fg-subtle">{en.tickets.loading}</Text>}
      {isError && <Text className="px-6 py-4 text-ui-fg-error">{en.tickets.error}</Text>}
      {data && data.tickets.length === 0 && (
        <Text className="px-6 py-4 text-ui-fg-subtle">{en.tickets.empty}</Text>
      )}
      {data?.tickets.map((t) => (
        <div
          key={t.id}
          className="flex items-center justify-between gap-x-4 px-6 py-3"
          data-testid="helpdesk-ticket-row"
        >
          <div className="min-w-0">
            <Text size="small" weight="plus" className="truncate">
              #{t.display_id} {t.subject}
            </Text>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {new Date(t.last_message_at ?? t.created_at).toLocaleString()}
            </Text>
          </div>
          <StatusBadge color={STATUS_COLOR[t.status] ?? "grey"}>{en.status[t.status] ?? t.status}</StatusBadge>
        </div>
      ))}
    </Container>
  )
}
