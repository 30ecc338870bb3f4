import {
  SUPPORT_ARTICLE_RESOURCE,
  SUPPORT_CANNED_REPLY_RESOURCE,
  SUPPORT_SETTING_RESOURCE,
  SUPPORT_TICKET_RESOURCE,
} from "../../policies/support"

type Operation = "read" | "create" | "update" | "delete"
type Policy = { resource: string; operation: Operation }

const on = (resource: string) => (operation: Operation): Policy[] => [{ resource, operation }]

/** `policies` for admin route middlewares (RBAC), as Medusa's own admin routes declare them. */
export const ticketPolicy = on(SUPPORT_TICKET_RESOURCE)
export const cannedReplyPolicy = on(SUPPORT_CANNED_REPLY_RESOURCE)
export const settingPolicy = on(SUPPORT_SETTING_RESOURCE)
export const articlePolicy = on(SUPPORT_ARTICLE_RESOURCE)
/** The requester's profile and orders beside a ticket are Medusa's customer and order data. */
export const requesterContextPolicies: Policy[] = [
  ...ticketPolicy("read"),
  { resource: "customer", operation: "read" },
  { resource: "order", operation: "read" },
]
