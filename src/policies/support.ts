import { definePolicies } from "@medusajs/framework/utils"

// RBAC policies for the helpdesk's admin routes (used when Medusa's `rbac` feature is on; without
// it, route policies are not checked). Named like Medusa's own: ReadSupportTicket, ...
export const SUPPORT_TICKET_RESOURCE = "support_ticket"
export const SUPPORT_CANNED_REPLY_RESOURCE = "support_canned_reply"
export const SUPPORT_SETTING_RESOURCE = "support_setting"
/** Knowledge-base articles and their categories. */
export const SUPPORT_ARTICLE_RESOURCE = "support_article"

const OPERATIONS = ["read", "create", "update", "delete"] as const
const pascal = (s: string) => s.replace(/(^|_)([a-z])/g, (_, __, c: string) => c.toUpperCase())

export const supportPolicies = definePolicies(
  [SUPPORT_TICKET_RESOURCE, SUPPORT_CANNED_REPLY_RESOURCE, SUPPORT_SETTING_RESOURCE, SUPPORT_ARTICLE_RESOURCE].flatMap((resource) =>
    OPERATIONS.map((operation) => ({
      name: `${pascal(operation)}${pascal(resource)}`,
      resource,
      operation,
      description: `${pascal(operation)} ${resource.replace(/_/g, " ")}`,
    }))
  )
)
