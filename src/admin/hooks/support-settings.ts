import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { EmailSettings, NotificationSwitch } from "../lib/types"

const keys = { settings: ["helpdesk", "settings"] as const }

/** GET /admin/support/settings: every section (today `email`). */
export function useSupportSettings() {
  return useQuery({
    queryKey: keys.settings,
    queryFn: () => sdk.client.fetch<{ settings: { email: EmailSettings } }>("/admin/support/settings").then((r) => r.settings),
  })
}

export function useUpdateEmailNotifications() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (notifications: Record<string, Partial<NotificationSwitch>>) =>
      sdk.client
        .fetch<{ settings: { email: EmailSettings } }>("/admin/support/settings", {
          method: "POST",
          body: { email: { notifications } },
        })
        .then((r) => r.settings),
    onSuccess: (settings) => client.setQueryData(keys.settings, settings),
  })
}

/** POST /admin/support/settings/email/inbound-secret: a new webhook secret, answered once. */
export function useGenerateInboundSecret() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () =>
      sdk.client
        .fetch<{ inbound_secret: { secret: string; created_at: string } }>("/admin/support/settings/email/inbound-secret", {
          method: "POST",
          body: {},
        })
        .then((r) => r.inbound_secret),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.settings }),
  })
}

export function useSendTestEmail() {
  return useMutation({
    mutationFn: (to?: string) =>
      sdk.client
        .fetch<{ test_email: { to: string; status: "sent" | "failed"; error?: string } }>("/admin/support/settings/email/send-test", {
          method: "POST",
          body: to ? { to } : {},
        })
        .then((r) => r.test_email),
  })
}
