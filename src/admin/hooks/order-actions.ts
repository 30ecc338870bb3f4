import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { ticketQueryKeys } from "./tickets"

export type OrderActionsView = {
  order: null | {
    id: string
    display_id: number
    status: string
    currency_code: string
    payment_status: string
    fulfillment_status: string
    refundable_amount: number
    items: { id: string; title: string; variant_title: string | null; quantity: number; returnable_quantity: number }[]
    returns: { id: string; status: string }[]
    tracking_links: { tracking_number: string | null; url: string }[]
  }
  approvals: { id: string; amount: number; currency_code: string; status: string; requested_by: string; requested_by_name: string | null }[]
  return_reasons: { id: string; label: string }[]
}

export const orderActionKeys = {
  detail: (ticketId: string) => [...ticketQueryKeys.all, "order-actions", ticketId] as const,
}

export function useOrderActions(ticketId: string) {
  return useQuery({
    queryKey: orderActionKeys.detail(ticketId),
    queryFn: () => sdk.client.fetch<OrderActionsView>(`/admin/support/tickets/${ticketId}/order-actions`),
  })
}

/** One POST under the ticket's order-actions; refreshes the ticket (its thread shows the line) and the section. */
export function useOrderAction<T = any>(ticketId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ path, body }: { path: string; body: Record<string, unknown> }) =>
      sdk.client.fetch<T>(`/admin/support/tickets/${ticketId}/order-actions/${path}`, { method: "POST", body }),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: ticketQueryKeys.detail(ticketId) })
      client.invalidateQueries({ queryKey: orderActionKeys.detail(ticketId) })
    },
  })
}

export async function fetchTrackingText(ticketId: string) {
  return sdk.client.fetch<{ text: string }>(`/admin/support/tickets/${ticketId}/order-actions/tracking-links`)
}

/** The composer listens for this: text to insert at its cursor (tracking links, a goodwill code). */
export const INSERT_REPLY_EVENT = "helpdesk:insert-reply"
export function insertIntoReply(text: string) {
  window.dispatchEvent(new CustomEvent(INSERT_REPLY_EVENT, { detail: text }))
}
