import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { AutoCloseSettings, PrioritySettings } from "../lib/automation-types"
import { ticketQueryKeys } from "./tickets"

// The same cache entry as the other sections of GET /admin/support/settings.
const settingsKey = ["helpdesk", "settings"] as const

const fetchSettings = () => sdk.client.fetch<{ settings: Record<string, any> }>("/admin/support/settings").then((r) => r.settings)

/** One section of GET /admin/support/settings, from the shared cache entry. */
export function useSection<T>(section: string) {
  return useQuery({ queryKey: settingsKey, queryFn: fetchSettings, select: (settings) => settings[section] as T })
}

/** POST /admin/support/settings with one section's change; the answer replaces the cache entry. */
export function useUpdateSection<T>(section: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (change: Partial<T>) =>
      sdk.client
        .fetch<{ settings: Record<string, any> }>("/admin/support/settings", { method: "POST", body: { [section]: change } })
        .then((r) => r.settings),
    onSuccess: (settings) => {
      client.setQueryData(settingsKey, settings)
      // Scores are recomputed with the new weights: ticket lists and pages read them again.
      if (section === "priority") client.invalidateQueries({ queryKey: ticketQueryKeys.all })
    },
  })
}

export const usePrioritySettings = () => useSection<PrioritySettings>("priority")
export const useUpdatePrioritySettings = () => useUpdateSection<PrioritySettings>("priority")
export const useAutoCloseSettings = () => useSection<AutoCloseSettings>("auto_close")
export const useUpdateAutoCloseSettings = () => useUpdateSection<AutoCloseSettings>("auto_close")
