import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { hasUnstorableChars } from "../../modules/helpdesk/domain/text"

/**
 * Route params (:id, :attachment_id, ...) follow the same text rule as bodies and filters: a path
 * segment with NUL or an unpaired surrogate is a 400 before any handler puts it in a query.
 * Mounted once per route tree, so new routes are covered without listing them.
 */
export function refuseUnstorablePath(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const path = (req.originalUrl ?? req.url).split("?")[0]
  for (const segment of path.split("/")) {
    let decoded: string
    try {
      decoded = decodeURIComponent(segment)
    } catch {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, "The path is not valid URL encoding"))
    }
    if (hasUnstorableChars(decoded)) {
      return next(
        new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "The path contains characters that cannot be stored (NUL or unpaired surrogate)"
        )
      )
    }
  }
  next()
}
