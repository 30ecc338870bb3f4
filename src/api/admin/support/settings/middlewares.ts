import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { settingPolicy } from "../../../utils/policies"
import { requireJsonBody } from "../../../utils/require-json-body"
import { AdminSendTestEmail, AdminUpdateSupportSettings } from "./validators"

const BASE = "/admin/support/settings"

export const adminSettingRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: BASE, middlewares: [], policies: settingPolicy("read") },
  {
    method: ["POST"],
    matcher: BASE,
    middlewares: [requireJsonBody, validateAndTransformBody(AdminUpdateSupportSettings)],
    policies: settingPolicy("update"),
  },
  {
    method: ["POST"],
    matcher: `${BASE}/email/send-test`,
    middlewares: [requireJsonBody, validateAndTransformBody(AdminSendTestEmail)],
    policies: settingPolicy("update"),
  },
  { method: ["POST"], matcher: `${BASE}/email/inbound-secret`, middlewares: [], policies: settingPolicy("update") },
]
