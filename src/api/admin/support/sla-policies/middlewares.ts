import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { settingPolicy } from "../../../utils/policies"
import { requireJsonBody } from "../../../utils/require-json-body"
import { adminSlaPolicyListQueryConfig, adminSlaPolicyQueryConfig } from "./query-config"
import { AdminCreateSlaPolicy, AdminGetSlaPolicy, AdminListSlaPolicies, AdminUpdateSlaPolicy } from "./validators"

const BASE = "/admin/support/sla-policies"
const detailQuery = validateAndTransformQuery(AdminGetSlaPolicy, adminSlaPolicyQueryConfig)

// SLA policies are Settings -> Support: the support_setting policies.
export const adminSlaPolicyRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: BASE,
    middlewares: [validateAndTransformQuery(AdminListSlaPolicies, adminSlaPolicyListQueryConfig)],
    policies: settingPolicy("read"),
  },
  {
    method: ["POST"],
    matcher: BASE,
    middlewares: [requireJsonBody, validateAndTransformBody(AdminCreateSlaPolicy), detailQuery],
    policies: settingPolicy("create"),
  },
  { method: ["GET"], matcher: `${BASE}/:id`, middlewares: [detailQuery], policies: settingPolicy("read") },
  {
    method: ["POST"],
    matcher: `${BASE}/:id`,
    middlewares: [requireJsonBody, validateAndTransformBody(AdminUpdateSlaPolicy), detailQuery],
    policies: settingPolicy("update"),
  },
  { method: ["DELETE"], matcher: `${BASE}/:id`, policies: settingPolicy("delete") },
]
