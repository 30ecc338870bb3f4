import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { ticketPolicy } from "../../../utils/policies"
import { AdminListCallbackRequests } from "./validators"

export const adminCallbackRequestRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/support/callback-requests",
    middlewares: [validateAndTransformQuery(AdminListCallbackRequests, {})],
    policies: ticketPolicy("read"),
  },
]
