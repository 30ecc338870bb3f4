import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { ticketPolicy } from "../../../../utils/policies"
import { requireJsonBody } from "../../../../utils/require-json-body"
import { AdminSetAway } from "./validators"

// Any agent who works tickets may say they are away; it only concerns themselves.
export const adminAwayRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/support/me/away", policies: ticketPolicy("read") },
  {
    method: ["POST"],
    matcher: "/admin/support/me/away",
    middlewares: [requireJsonBody, validateAndTransformBody(AdminSetAway)],
    policies: ticketPolicy("read"),
  },
]
