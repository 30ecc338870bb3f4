import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { ticketPolicy } from "../../../utils/policies"
import { AdminContactRateReport } from "./validators"

// The report reads tickets and Medusa's orders and products.
const reportPolicies = [
  ...ticketPolicy("read"),
  { resource: "order", operation: "read" as const },
  { resource: "product", operation: "read" as const },
]

export const adminReportRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/support/reports/contact-rate",
    middlewares: [validateAndTransformQuery(AdminContactRateReport, {})],
    policies: reportPolicies,
  },
]
