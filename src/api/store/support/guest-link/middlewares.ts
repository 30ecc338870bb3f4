import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { rateLimit } from "../../../utils/rate-limit"
import { requireJsonBody } from "../../../utils/require-json-body"
import { StoreRequestGuestLink } from "./validators"

export const storeGuestLinkRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/support/guest-link",
    middlewares: [
      requireJsonBody,
      validateAndTransformBody(StoreRequestGuestLink),
      // Per client, then per email address from anywhere (guests; a signed-in caller counts per account).
      rateLimit("guestLink"),
      rateLimit("guestLinkPerEmail", "guestEmail"),
    ],
  },
]
