import { useMutation, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { OrderActionSettings } from "../lib/types"
import { useSection, useUpdateSection } from "./automation"
import { ticketQueryKeys } from "./tickets"

/** One POST under the ticket's order-actions; refreshes the ticket (its thread shows the line) and its context (the section). */
export function useOrderAction<T = any>(ticketId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ path, body }: { path: string; body: Record<string, unknown> }) =>
      sdk.client.fetch<T>(`/admin/support/tickets/${ticketId}/order-actions/${path}`, { method: "POST", body }),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: ticketQueryKeys.detail(ticketId) })
      client.invalidateQueries({ queryKey: ticketQueryKeys.context(ticketId) })
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

/** Settings section `order_actions`: the refund approval limits (Settings -> Support -> Order actions). */
export const useOrderActionSettings = () => useSection<OrderActionSettings>("order_actions")
export const useUpdateOrderActionSettings = () => useUpdateSection<OrderActionSettings>("order_actions")

/** Medusa's variants matching `q`, for the variants an exchange sends (GET /admin/product-variants). */
export type VariantOption = { id: string; title: string | null; sku: string | null; product?: { title: string | null } | null }
export async function searchVariants(q: string) {
  const { variants } = await sdk.client.fetch<{ variants: VariantOption[] }>("/admin/product-variants", {
    query: { q, limit: 10, fields: "id,title,sku,product.title" },
  })
  return variants
}
