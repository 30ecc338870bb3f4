import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { ticketPolicy } from "../../../../../utils/policies"
import { requireJsonBody } from "../../../../../utils/require-json-body"
import { adminTicketQueryConfig } from "../../query-config"
import { AdminGetTicket } from "../../validators"
import {
  AdminCancelTicketOrder,
  AdminDecideRefundApproval,
  AdminExchangeTicketOrder,
  AdminIssueGoodwillPromotion,
  AdminRefundTicketOrder,
  AdminResendOrderNotification,
  AdminStartTicketReturn,
} from "./validators"

const BASE = "/admin/support/tickets/:id/order-actions"
const detailQuery = validateAndTransformQuery(AdminGetTicket, adminTicketQueryConfig)
// Acting on an order from a ticket changes Medusa's order as well as the ticket.
const orderWrite = [...ticketPolicy("update"), { resource: "order", operation: "update" as const }]
const orderRead = [...ticketPolicy("read"), { resource: "order", operation: "read" as const }]

const post = (path: string, schema: Parameters<typeof validateAndTransformBody>[0], policies = orderWrite): MiddlewareRoute => ({
  method: ["POST"],
  matcher: `${BASE}${path}`,
  middlewares: [requireJsonBody, validateAndTransformBody(schema), detailQuery],
  policies,
})

export const adminOrderActionRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: BASE, policies: orderRead },
  { method: ["GET"], matcher: `${BASE}/tracking-links`, policies: orderRead },
  post("/cancel", AdminCancelTicketOrder),
  post("/return", AdminStartTicketReturn),
  post("/exchange", AdminExchangeTicketOrder),
  post("/refund", AdminRefundTicketOrder),
  post("/promotion", AdminIssueGoodwillPromotion, [
    ...ticketPolicy("update"),
    { resource: "promotion", operation: "create" as const },
  ]),
  post("/resend", AdminResendOrderNotification, orderRead),
  post("/approvals/:approval_id/approve", AdminDecideRefundApproval),
  post("/approvals/:approval_id/reject", AdminDecideRefundApproval),
]
