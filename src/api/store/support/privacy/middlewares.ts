import { authenticate, MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { rateLimit } from "../../../utils/rate-limit"
import { requireJsonBody } from "../../../utils/require-json-body"
import { StoreRequestPrivacyExport } from "./validators"

export const storePrivacyRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/support/privacy/export",
    middlewares: [
      authenticate("customer", ["session", "bearer"]),
      requireJsonBody,
      validateAndTransformBody(StoreRequestPrivacyExport),
      rateLimit("privacyExport"),
    ],
  },
  {
    method: ["GET"],
    matcher: "/helpdesk/privacy-exports/:token",
    middlewares: [rateLimit("privacyExportDownload")],
  },
]
