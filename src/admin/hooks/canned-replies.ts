import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { CannedReply } from "../lib/types"

const BASE = "/admin/support/canned-replies"
const FIELDS = "id,title,body,shortcut,category,locale,usage_count,public,action,updated_at"

export const cannedReplyQueryKeys = {
  all: ["helpdesk", "canned-replies"] as const,
  list: (query: { q?: string; limit: number; offset: number }) => [...cannedReplyQueryKeys.all, "list", query] as const,
}

export function useCannedReplies(query: { q?: string; limit: number; offset: number }, enabled = true) {
  return useQuery({
    queryKey: cannedReplyQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<{ canned_replies: CannedReply[]; count: number }>(BASE, {
        query: { ...query, q: query.q || undefined, fields: FIELDS },
      }),
    placeholderData: keepPreviousData,
    enabled,
  })
}

export type CannedReplyInput = Pick<CannedReply, "title" | "body"> &
  Partial<Pick<CannedReply, "shortcut" | "category" | "locale" | "public" | "action">>

export function useSaveCannedReply(id?: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CannedReplyInput) =>
      sdk.client.fetch<{ canned_reply: CannedReply }>(id ? `${BASE}/${id}` : BASE, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: cannedReplyQueryKeys.all }),
  })
}

export function useDeleteCannedReply() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => sdk.client.fetch(`${BASE}/${id}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: cannedReplyQueryKeys.all }),
  })
}

/** A saved reply filled in for a ticket, ready to edit and send. */
export function renderCannedReply(id: string, ticketId: string) {
  return sdk.client
    .fetch<{ body: string }>(`${BASE}/${id}/render`, { method: "POST", body: { ticket_id: ticketId } })
    .then((r) => r.body)
}

/** A draft body as it would read on a ticket (placeholders filled), for the editor's preview. */
export function usePreview(draft: { body: string; ticket_id?: string; locale?: string | null }) {
  return useQuery({
    queryKey: [...cannedReplyQueryKeys.all, "preview", draft],
    queryFn: () =>
      sdk.client.fetch<{ body: string; unknown_placeholders: string[] }>(`${BASE}/preview`, {
        method: "POST",
        body: { body: draft.body, ticket_id: draft.ticket_id || undefined, locale: draft.locale || undefined },
      }),
    enabled: draft.body.trim().length > 0,
    placeholderData: keepPreviousData,
  })
}
