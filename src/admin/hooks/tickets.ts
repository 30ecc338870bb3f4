import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { ADMIN_INBOX_LIST_FIELDS } from "../../modules/helpdesk/domain/ticket-fields"
import { sdk } from "../lib/sdk"
import { AdminTicket, ThreadPage, TicketContext } from "../lib/types"

export type TicketListFilters = {
  status?: string[]
  priority?: string[]
  channel?: string[]
  assignee_id?: string
  customer_id?: string
  order_id?: string
  category?: string
  tag?: string
  q?: string
  limit?: number
  offset?: number
  order?: string
}

const LIST_FIELDS = ADMIN_INBOX_LIST_FIELDS.join(",")

export const ticketQueryKeys = {
  all: ["helpdesk", "tickets"] as const,
  list: (filters: TicketListFilters) => [...ticketQueryKeys.all, "list", filters] as const,
  detail: (id: string) => [...ticketQueryKeys.all, "detail", id] as const,
  context: (id: string) => [...ticketQueryKeys.all, "context", id] as const,
  /** Earlier pages of a thread, keyed by the oldest message of the newest page they continue. */
  earlier: (id: string, anchor: string | null) => [...ticketQueryKeys.all, "earlier", id, anchor] as const,
  openUnassigned: () => [...ticketQueryKeys.all, "open-unassigned"] as const,
}

export function useTickets(filters: TicketListFilters) {
  return useQuery({
    queryKey: ticketQueryKeys.list(filters),
    queryFn: () =>
      sdk.client.fetch<{ tickets: AdminTicket[]; count: number; count_exact?: boolean }>("/admin/support/tickets", {
        query: { ...filters, fields: LIST_FIELDS },
      }),
    placeholderData: keepPreviousData,
  })
}

/** For the sidebar badge: how many open tickets nobody has taken. */
export function useOpenUnassignedCount() {
  return useQuery({
    queryKey: ticketQueryKeys.openUnassigned(),
    queryFn: () =>
      sdk.client
        .fetch<{ count: number }>("/admin/support/tickets", {
          query: { status: ["open"], assignee_id: "none", limit: 1, fields: "id" },
        })
        .then((r) => r.count),
    refetchInterval: 60_000,
  })
}

export function useTicket(id: string) {
  return useQuery({
    queryKey: ticketQueryKeys.detail(id),
    queryFn: () =>
      sdk.client
        .fetch<{ ticket: AdminTicket }>(`/admin/support/tickets/${id}`, {
          query: { fields: "+order.id,+order.display_id" },
        })
        .then((r) => r.ticket),
  })
}

export function useTicketContext(id: string) {
  return useQuery({
    queryKey: ticketQueryKeys.context(id),
    queryFn: () => sdk.client.fetch<TicketContext>(`/admin/support/tickets/${id}/context`),
  })
}

/**
 * Pages of the thread older than the ticket's own (newest) page, fetched on demand ("Load earlier
 * messages"), newest page first. Keyed by the oldest message the ticket shows: when new messages
 * push the newest page forward, the pages start again from the new anchor, so none is skipped.
 */
export function useEarlierMessages(ticket: AdminTicket) {
  const anchor = ticket.messages?.[0]?.id ?? null
  return useInfiniteQuery({
    queryKey: ticketQueryKeys.earlier(ticket.id, anchor),
    queryFn: ({ pageParam }) =>
      sdk.client.fetch<ThreadPage>(`/admin/support/tickets/${ticket.id}/messages`, { query: { before: pageParam } }),
    initialPageParam: anchor ?? "",
    getNextPageParam: (last) => (last.has_more && last.messages[0] ? last.messages[0].id : undefined),
    enabled: false,
  })
}

function useInvalidateTickets() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: ticketQueryKeys.all })
}

export type TicketUpdate = Partial<Pick<AdminTicket, "status" | "priority" | "assignee_id" | "category" | "tags">> & {
  expected_updated_at?: string
}

export function useUpdateTicket(id: string) {
  const invalidate = useInvalidateTickets()
  return useMutation({
    mutationFn: (body: TicketUpdate) =>
      sdk.client.fetch<{ ticket: AdminTicket }>(`/admin/support/tickets/${id}`, { method: "POST", body }),
    onSuccess: invalidate,
  })
}

export type NewMessage = {
  body: string
  internal?: boolean
  canned_reply_id?: string
  attachment_ids?: string[]
  status?: AdminTicket["status"]
  expected_updated_at?: string
}

export function useAddMessage(id: string) {
  const invalidate = useInvalidateTickets()
  return useMutation({
    mutationFn: (body: NewMessage) =>
      sdk.client.fetch<{ ticket: AdminTicket }>(`/admin/support/tickets/${id}/messages`, { method: "POST", body }),
    onSuccess: invalidate,
  })
}

export type BulkUpdate = {
  ids: string[]
  status?: AdminTicket["status"]
  priority?: AdminTicket["priority"]
  assignee_id?: string | null
  add_tags?: string[]
}

export function useBulkUpdateTickets() {
  const invalidate = useInvalidateTickets()
  return useMutation({
    mutationFn: (body: BulkUpdate) =>
      sdk.client.fetch<{ tickets: AdminTicket[] }>("/admin/support/tickets/batch", { method: "POST", body }),
    onSuccess: invalidate,
  })
}

export type NewTicket = {
  subject: string
  body: string
  customer_id?: string
  email?: string
  order_id?: string
  channel?: string
  priority?: AdminTicket["priority"]
}

export function useCreateTicket() {
  const invalidate = useInvalidateTickets()
  return useMutation({
    mutationFn: (body: NewTicket) =>
      sdk.client.fetch<{ ticket: AdminTicket }>("/admin/support/tickets", { method: "POST", body }),
    onSuccess: invalidate,
  })
}

export function useMergeTickets(id: string) {
  const invalidate = useInvalidateTickets()
  return useMutation({
    mutationFn: (ticket_ids: string[]) =>
      sdk.client.fetch<{ ticket: AdminTicket }>(`/admin/support/tickets/${id}/merge`, {
        method: "POST",
        body: { ticket_ids },
      }),
    onSuccess: invalidate,
  })
}
