import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Refuses state changes sent as HTML-form bodies (url-encoded, multipart, text/plain): a
 * cross-site form can send those with the admin's cookie, but not application/json.
 */
export function requireJsonBody(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const hasBody = Number(req.headers["content-length"] ?? 0) > 0 || !!req.headers["transfer-encoding"]
  if (hasBody && !req.is("application/json")) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, "Request body must be application/json"))
  }
  next()
}
