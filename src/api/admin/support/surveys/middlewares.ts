import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { ticketPolicy } from "../../../utils/policies"
import { AdminSurveyResults } from "./validators"

export const adminSurveyRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/support/surveys/results",
    middlewares: [validateAndTransformQuery(AdminSurveyResults, {})],
    policies: ticketPolicy("read"),
  },
]
