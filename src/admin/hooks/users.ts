import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { AdminUser } from "../lib/types"

/** The store's admin users: the people a ticket can be assigned to. */
export function useAdminUsers() {
  return useQuery({
    queryKey: ["helpdesk", "users"],
    queryFn: () =>
      sdk.client
        .fetch<{ users: AdminUser[] }>("/admin/users", {
          query: { limit: 200, fields: "id,email,first_name,last_name" },
        })
        .then((r) => r.users),
    staleTime: 5 * 60_000,
  })
}

export function useCurrentUser() {
  return useQuery({
    queryKey: ["helpdesk", "users", "me"],
    queryFn: () =>
      sdk.client.fetch<{ user: AdminUser }>("/admin/users/me", { query: { fields: "id,email,first_name,last_name" } }).then((r) => r.user),
    staleTime: Infinity,
  })
}

export function userName(user: AdminUser | undefined | null): string {
  if (!user) return ""
  return [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email
}
