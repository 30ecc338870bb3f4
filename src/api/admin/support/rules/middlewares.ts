import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { settingPolicy } from "../../../utils/policies"
import { requireJsonBody } from "../../../utils/require-json-body"
import { AdminCreateRule, AdminListRules, AdminReorderRules, AdminUpdateRule } from "./validators"

const BASE = "/admin/support/rules"
const ONE = /^\/admin\/support\/rules\/(?!reorder$)[^/]+$/

// Rules are part of the helpdesk's settings (Settings -> Support -> Rules).
export const adminRuleRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: BASE, middlewares: [validateAndTransformQuery(AdminListRules, {})], policies: settingPolicy("read") },
  { method: ["POST"], matcher: BASE, middlewares: [requireJsonBody, validateAndTransformBody(AdminCreateRule)], policies: settingPolicy("update") },
  {
    method: ["POST"],
    matcher: `${BASE}/reorder`,
    middlewares: [requireJsonBody, validateAndTransformBody(AdminReorderRules)],
    policies: settingPolicy("update"),
  },
  { method: ["GET"], matcher: ONE, policies: settingPolicy("read") },
  { method: ["DELETE"], matcher: ONE, policies: settingPolicy("update") },
  { method: ["POST"], matcher: ONE, middlewares: [requireJsonBody, validateAndTransformBody(AdminUpdateRule)], policies: settingPolicy("update") },
]
