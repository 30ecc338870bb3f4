import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { HeldMail } from "../lib/types"

const BASE = "/admin/support/email/held"

export const heldMailQueryKeys = {
  all: ["helpdesk", "held-mail"] as const,
  list: (query: { limit: number; offset: number }) => [...heldMailQueryKeys.all, "list", query] as const,
}

export function useHeldMails(query: { limit: number; offset: number }) {
  return useQuery({
    queryKey: heldMailQueryKeys.list(query),
    queryFn: () => sdk.client.fetch<{ held_mails: HeldMail[]; count: number }>(BASE, { query }),
    placeholderData: keepPreviousData,
  })
}

export function useReleaseHeldMail() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch<{ released: { id: string; ticket_id: string; message_id: string; action: string } }>(
        `${BASE}/${id}/release`,
        { method: "POST", body: {} }
      ),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: heldMailQueryKeys.all })
      queryClient.invalidateQueries({ queryKey: ["helpdesk", "tickets"] })
    },
  })
}

export function useDeleteHeldMail() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => sdk.client.fetch(`${BASE}/${id}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: heldMailQueryKeys.all }),
  })
}
