import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { ProactiveKind, ProactiveKindChange, ProactiveSettings } from "../lib/proactive-types"

const keys = { settings: ["helpdesk", "settings"] as const }

/** The proactive section of GET /admin/support/settings. */
export function useProactiveSettings() {
  return useQuery({
    queryKey: keys.settings,
    queryFn: () => sdk.client.fetch<{ settings: Record<string, any> }>("/admin/support/settings").then((r) => r.settings),
    select: (settings) => settings.proactive as ProactiveSettings,
  })
}

export function useUpdateProactiveSettings() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (proactive: Partial<Record<ProactiveKind, ProactiveKindChange>>) =>
      sdk.client
        .fetch<{ settings: Record<string, any> }>("/admin/support/settings", { method: "POST", body: { proactive } })
        .then((r) => r.settings),
    onSuccess: (settings) => client.setQueryData(keys.settings, settings),
  })
}
