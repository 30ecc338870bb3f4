import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { AutoAckSettings, BusinessHours, SlaPolicy } from "../lib/sla-types"

const keys = {
  businessHours: ["helpdesk", "business-hours"] as const,
  slaPolicies: ["helpdesk", "sla-policies"] as const,
  settings: ["helpdesk", "settings"] as const,
}

export function useBusinessHours() {
  return useQuery({
    queryKey: keys.businessHours,
    queryFn: () =>
      sdk.client.fetch<{ business_hours: BusinessHours[]; count: number }>("/admin/support/business-hours", { query: { limit: 100 } }),
  })
}

export function useSaveBusinessHours() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, ...body }: Partial<BusinessHours> & { id?: string }) =>
      sdk.client
        .fetch<{ business_hours: BusinessHours }>(id ? `/admin/support/business-hours/${id}` : "/admin/support/business-hours", {
          method: "POST",
          body: { name: body.name, timezone: body.timezone, intervals: body.intervals, holidays: body.holidays },
        })
        .then((r) => r.business_hours),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.businessHours }),
  })
}

export function useDeleteBusinessHours() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => sdk.client.fetch(`/admin/support/business-hours/${id}`, { method: "DELETE" }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.businessHours }),
  })
}

export function useSlaPolicies() {
  return useQuery({
    queryKey: keys.slaPolicies,
    queryFn: () => sdk.client.fetch<{ sla_policies: SlaPolicy[]; count: number }>("/admin/support/sla-policies", { query: { limit: 100 } }),
  })
}

export function useSaveSlaPolicy() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, created_at: _c, updated_at: _u, ...body }: Partial<SlaPolicy> & { id?: string; created_at?: string; updated_at?: string }) =>
      sdk.client
        .fetch<{ sla_policy: SlaPolicy }>(id ? `/admin/support/sla-policies/${id}` : "/admin/support/sla-policies", { method: "POST", body })
        .then((r) => r.sla_policy),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.slaPolicies }),
  })
}

export function useDeleteSlaPolicy() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => sdk.client.fetch(`/admin/support/sla-policies/${id}`, { method: "DELETE" }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.slaPolicies }),
  })
}

/** The auto_acknowledge section of GET /admin/support/settings. */
export function useAutoAckSettings() {
  return useQuery({
    queryKey: keys.settings,
    queryFn: () => sdk.client.fetch<{ settings: Record<string, any> }>("/admin/support/settings").then((r) => r.settings),
    select: (settings) => settings.auto_acknowledge as AutoAckSettings,
  })
}

export function useUpdateAutoAckSettings() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (auto_acknowledge: Partial<AutoAckSettings>) =>
      sdk.client
        .fetch<{ settings: Record<string, any> }>("/admin/support/settings", { method: "POST", body: { auto_acknowledge } })
        .then((r) => r.settings),
    onSuccess: (settings) => client.setQueryData(keys.settings, settings),
  })
}
