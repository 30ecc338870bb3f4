import { MiddlewareRoute } from "@medusajs/framework/http"
import { rateLimit, rateLimitUploadBytes } from "../../../utils/rate-limit"
import { receiveFiles } from "../../../utils/receive-files"

export const storeUploadRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/support/uploads",
    bodyParser: false,
    middlewares: [
      rateLimit("upload"),
      rateLimit("guestUploadsStoreWide", "allGuests"),
      receiveFiles,
      rateLimitUploadBytes,
    ],
  },
]
