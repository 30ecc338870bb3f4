import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { AdminTicket } from "../lib/types"
import { ticketQueryKeys } from "./tickets"

export type CallOutcome = "reached" | "no_answer" | "voicemail" | "busy" | "wrong_number"
export const CALL_OUTCOMES: CallOutcome[] = ["reached", "no_answer", "voicemail", "busy", "wrong_number"]

export type CallbackRequest = {
  ticket_id: string
  message_id: string
  phone: string
  window_start: string
  window_end: string
  requested_at: string
}

export type NewCall = { outcome: CallOutcome; duration_seconds?: number; notes?: string }

export const callQueryKeys = {
  requests: (ticketIds: string[]) => [...ticketQueryKeys.all, "callback-requests", ticketIds] as const,
}

/** The newest callback request of each ticket of an inbox page (GET /admin/support/callback-requests). */
export function useCallbackRequests(ticketIds: string[], enabled: boolean) {
  return useQuery({
    queryKey: callQueryKeys.requests(ticketIds),
    queryFn: () =>
      sdk.client
        .fetch<{ callback_requests: CallbackRequest[] }>("/admin/support/callback-requests", { query: { ticket_id: ticketIds } })
        .then((r) => new Map(r.callback_requests.map((c) => [c.ticket_id, c]))),
    enabled: enabled && ticketIds.length > 0,
  })
}

/** POST /admin/support/tickets/:id/calls: the call goes on the thread, `callback-requested` comes off. */
export function useLogCall(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: NewCall) =>
      sdk.client.fetch<{ ticket: AdminTicket }>(`/admin/support/tickets/${id}/calls`, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ticketQueryKeys.all }),
  })
}
