import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { AssignmentGroup, AwayStatus, Rule, RuleInput } from "../lib/rules-types"

const keys = {
  rules: ["helpdesk", "rules"] as const,
  groups: ["helpdesk", "assignment-groups"] as const,
  away: ["helpdesk", "me", "away"] as const,
}

type RuleList = { rules: Rule[]; count: number }

export function useRules() {
  return useQuery({
    queryKey: keys.rules,
    queryFn: () => sdk.client.fetch<RuleList>("/admin/support/rules", { query: { limit: 100 } }),
  })
}

export function useSaveRule() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: Partial<RuleInput> }) =>
      sdk.client
        .fetch<{ rule: Rule }>(id ? `/admin/support/rules/${id}` : "/admin/support/rules", { method: "POST", body })
        .then((r) => r.rule),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.rules }),
  })
}

export function useDeleteRule() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => sdk.client.fetch(`/admin/support/rules/${id}`, { method: "DELETE" }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.rules }),
  })
}

/** Writes the new order; the list shows it at once and settles on what the server answers. */
export function useReorderRules() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (ids: string[]) => sdk.client.fetch<RuleList>("/admin/support/rules/reorder", { method: "POST", body: { ids } }),
    onMutate: (ids) => {
      const current = client.getQueryData<RuleList>(keys.rules)
      if (current) {
        const byId = new Map(current.rules.map((r) => [r.id, r]))
        client.setQueryData<RuleList>(keys.rules, { ...current, rules: ids.map((id) => byId.get(id)!).filter(Boolean) })
      }
    },
    onSettled: () => client.invalidateQueries({ queryKey: keys.rules }),
  })
}

export function useAssignmentGroups() {
  return useQuery({
    queryKey: keys.groups,
    queryFn: () =>
      sdk.client
        .fetch<{ assignment_groups: AssignmentGroup[] }>("/admin/support/assignment-groups", { query: { limit: 100 } })
        .then((r) => r.assignment_groups),
  })
}

export function useSaveAssignmentGroup() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, ...body }: Omit<AssignmentGroup, "id"> & { id?: string }) =>
      sdk.client
        .fetch<{ assignment_group: AssignmentGroup }>(id ? `/admin/support/assignment-groups/${id}` : "/admin/support/assignment-groups", {
          method: "POST",
          body,
        })
        .then((r) => r.assignment_group),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.groups }),
  })
}

export function useDeleteAssignmentGroup() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => sdk.client.fetch(`/admin/support/assignment-groups/${id}`, { method: "DELETE" }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.groups }),
  })
}

export function useAway() {
  return useQuery({
    queryKey: keys.away,
    queryFn: () => sdk.client.fetch<{ away: AwayStatus }>("/admin/support/me/away").then((r) => r.away),
  })
}

export function useSetAway() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: { away: boolean; until?: string; delegate_id?: string }) =>
      sdk.client.fetch<{ away: AwayStatus }>("/admin/support/me/away", { method: "POST", body }).then((r) => r.away),
    onSuccess: (away) => client.setQueryData(keys.away, away),
  })
}
