import { MiddlewareRoute } from "@medusajs/framework/http"
import { ticketPolicy } from "../../../utils/policies"
import { receiveFiles } from "../../../utils/receive-files"

export const adminUploadRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/support/uploads",
    bodyParser: false,
    middlewares: [receiveFiles],
    policies: ticketPolicy("update"),
  },
]
