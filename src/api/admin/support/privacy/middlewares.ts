import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { ticketPolicy } from "../../../utils/policies"
import { requireJsonBody } from "../../../utils/require-json-body"
import { AdminPrivacyRequest } from "./validators"

const BASE = "/admin/support/privacy"
const body = [requireJsonBody, validateAndTransformBody(AdminPrivacyRequest)]
// An export reads every ticket and the customer's data; an erasure rewrites and deletes.
const exportPolicies = [...ticketPolicy("read"), { resource: "customer", operation: "read" as const }]
const erasePolicies = [...ticketPolicy("update"), ...ticketPolicy("delete")]

export const adminPrivacyRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: `${BASE}/export`, middlewares: body, policies: exportPolicies },
  { method: ["POST"], matcher: `${BASE}/export/archive`, middlewares: body, policies: exportPolicies },
  { method: ["POST"], matcher: `${BASE}/erase`, middlewares: body, policies: erasePolicies },
]
