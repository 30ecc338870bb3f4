import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { ticketPolicy } from "../../../../utils/policies"
import { requireJsonBody } from "../../../../utils/require-json-body"
import { AdminListHeldMails } from "./validators"

const BASE = "/admin/support/email/held"

export const adminHeldMailRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: BASE,
    middlewares: [validateAndTransformQuery(AdminListHeldMails, { isList: true })],
    policies: ticketPolicy("read"),
  },
  { method: ["POST"], matcher: `${BASE}/:id/release`, middlewares: [requireJsonBody], policies: ticketPolicy("create") },
  { method: ["DELETE"], matcher: `${BASE}/:id`, policies: ticketPolicy("delete") },
]
