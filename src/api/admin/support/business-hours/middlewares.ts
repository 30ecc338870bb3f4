import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { settingPolicy } from "../../../utils/policies"
import { requireJsonBody } from "../../../utils/require-json-body"
import { adminBusinessHoursListQueryConfig, adminBusinessHoursQueryConfig } from "./query-config"
import { AdminCreateBusinessHours, AdminGetBusinessHours, AdminListBusinessHours, AdminUpdateBusinessHours } from "./validators"

const BASE = "/admin/support/business-hours"
const detailQuery = validateAndTransformQuery(AdminGetBusinessHours, adminBusinessHoursQueryConfig)

// Business hours are Settings -> Support: the support_setting policies.
export const adminBusinessHoursRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: BASE,
    middlewares: [validateAndTransformQuery(AdminListBusinessHours, adminBusinessHoursListQueryConfig)],
    policies: settingPolicy("read"),
  },
  {
    method: ["POST"],
    matcher: BASE,
    middlewares: [requireJsonBody, validateAndTransformBody(AdminCreateBusinessHours), detailQuery],
    policies: settingPolicy("create"),
  },
  { method: ["GET"], matcher: `${BASE}/:id`, middlewares: [detailQuery], policies: settingPolicy("read") },
  {
    method: ["POST"],
    matcher: `${BASE}/:id`,
    middlewares: [requireJsonBody, validateAndTransformBody(AdminUpdateBusinessHours), detailQuery],
    policies: settingPolicy("update"),
  },
  { method: ["DELETE"], matcher: `${BASE}/:id`, policies: settingPolicy("delete") },
]
