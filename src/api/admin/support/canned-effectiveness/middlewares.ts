import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { settingPolicy } from "../../../utils/policies"
import { requireJsonBody } from "../../../utils/require-json-body"
import { AdminAutomateCannedReply, AdminListCannedEffectiveness } from "./validators"

const BASE = "/admin/support/canned-effectiveness"

// Effectiveness decides automation, which is rules: Settings -> Support, like /admin/support/rules.
export const adminCannedEffectivenessRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: BASE, middlewares: [validateAndTransformQuery(AdminListCannedEffectiveness, {})], policies: settingPolicy("read") },
  {
    method: ["POST"],
    matcher: `${BASE}/:id/automate`,
    middlewares: [requireJsonBody, validateAndTransformBody(AdminAutomateCannedReply)],
    policies: settingPolicy("update"),
  },
]
