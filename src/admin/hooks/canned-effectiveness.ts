import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { AutomateInput, EffectivenessPage, EffectivenessThresholds } from "../lib/effectiveness-types"
import { Rule } from "../lib/rules-types"

const keys = {
  all: ["helpdesk", "canned-effectiveness"] as const,
  page: (q: { from: string; to: string; order: string; offset: number }) => ["helpdesk", "canned-effectiveness", q] as const,
  settings: ["helpdesk", "settings"] as const,
  rules: ["helpdesk", "rules"] as const,
}

export const EFFECTIVENESS_PAGE_SIZE = 20

/** One page of canned replies with their figures for uses in [from, to). */
export function useCannedEffectiveness(q: { from: string; to: string; order: string; offset: number }) {
  return useQuery({
    queryKey: keys.page(q),
    queryFn: () =>
      sdk.client.fetch<EffectivenessPage>("/admin/support/canned-effectiveness", {
        query: { from: q.from, to: q.to, order: q.order, offset: q.offset, limit: EFFECTIVENESS_PAGE_SIZE },
      }),
  })
}

/** The thresholds (Settings -> Support section canned_effectiveness). */
export function useUpdateEffectivenessThresholds() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (canned_effectiveness: Partial<EffectivenessThresholds>) =>
      sdk.client.fetch<{ settings: Record<string, unknown> }>("/admin/support/settings", { method: "POST", body: { canned_effectiveness } }),
    onSuccess: (r) => {
      client.setQueryData(keys.settings, r.settings)
      client.invalidateQueries({ queryKey: keys.all })
    },
  })
}

/** Switches a reply to automatic: a new rule that sends it. */
export function useAutomateCannedReply() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: AutomateInput }) =>
      sdk.client.fetch<{ rule: Rule }>(`/admin/support/canned-effectiveness/${id}/automate`, { method: "POST", body }).then((r) => r.rule),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: keys.all })
      client.invalidateQueries({ queryKey: keys.rules })
    },
  })
}
