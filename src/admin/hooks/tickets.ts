import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

export type AdminTicketRow = {
  id: string
  display_id: number
  subject: string
  status: string
  priority: string
  last_message_at: string | null
  created_at: string
}

export type TicketListFilters = {
  customer_id?: string
  order_id?: string
  status?: string[]
  limit?: number
  offset?: number
  order?: string
}

export const ticketQueryKeys = {
  all: ["helpdesk", "tickets"] as const,
  list: (filters: TicketListFilters) => [...ticketQueryKeys.all, "list", filters] as const,
}

export function useTickets(filters: TicketListFilters) {
  return useQuery({
    queryKey: ticketQueryKeys.list(filters),
    queryFn: () =>
      sdk.client.fetch<{ tickets: AdminTicketRow[]; count: number }>("/admin/support/tickets", {
        query: {
          ...filters,
          fields: "id,display_id,subject,status,priority,last_message_at,created_at",
        },
      }),
  })
}
