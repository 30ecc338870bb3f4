import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requesterContextPolicies, ticketPolicy } from "../../../utils/policies"
import { requireJsonBody } from "../../../utils/require-json-body"
import { adminTicketListQueryConfig, adminTicketQueryConfig } from "./query-config"
import {
  AdminAddTicketMessage,
  AdminAssignTicket,
  AdminLogCall,
  AdminBulkUpdateTickets,
  AdminCreateTicket,
  AdminGetTicket,
  AdminGetTicketAttachment,
  AdminListTicketMessages,
  AdminListTickets,
  AdminMergeTickets,
  AdminUpdateTicket,
} from "./validators"

const BASE = "/admin/support/tickets"
const detailQuery = validateAndTransformQuery(AdminGetTicket, adminTicketQueryConfig)
const listQuery = validateAndTransformQuery(AdminGetTicket, adminTicketListQueryConfig)

export const adminTicketRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: BASE,
    middlewares: [validateAndTransformQuery(AdminListTickets, adminTicketListQueryConfig)],
    policies: ticketPolicy("read"),
  },
  {
    method: ["POST"],
    matcher: BASE,
    middlewares: [requireJsonBody, validateAndTransformBody(AdminCreateTicket), detailQuery],
    policies: ticketPolicy("create"),
  },
  {
    method: ["POST"],
    matcher: `${BASE}/batch`,
    middlewares: [requireJsonBody, validateAndTransformBody(AdminBulkUpdateTickets), listQuery],
    policies: ticketPolicy("update"),
  },
  { method: ["GET"], matcher: `${BASE}/:id`, middlewares: [detailQuery], policies: ticketPolicy("read") },
  { method: ["GET"], matcher: `${BASE}/:id/context`, policies: requesterContextPolicies },
  {
    method: ["POST"],
    matcher: `${BASE}/:id`,
    middlewares: [requireJsonBody, validateAndTransformBody(AdminUpdateTicket), detailQuery],
    policies: ticketPolicy("update"),
  },
  {
    method: ["GET"],
    matcher: `${BASE}/:id/messages`,
    middlewares: [validateAndTransformQuery(AdminListTicketMessages, {})],
    policies: ticketPolicy("read"),
  },
  {
    method: ["POST"],
    matcher: `${BASE}/:id/messages`,
    middlewares: [requireJsonBody, validateAndTransformBody(AdminAddTicketMessage), detailQuery],
    policies: ticketPolicy("update"),
  },
  {
    method: ["GET"],
    matcher: `${BASE}/:id/attachments/:attachment_id`,
    middlewares: [validateAndTransformQuery(AdminGetTicketAttachment, {})],
    policies: ticketPolicy("read"),
  },
  {
    method: ["POST"],
    matcher: `${BASE}/:id/assign`,
    middlewares: [requireJsonBody, validateAndTransformBody(AdminAssignTicket), detailQuery],
    policies: ticketPolicy("update"),
  },
  {
    method: ["POST"],
    matcher: `${BASE}/:id/calls`,
    middlewares: [requireJsonBody, validateAndTransformBody(AdminLogCall), detailQuery],
    policies: ticketPolicy("update"),
  },
  {
    method: ["POST"],
    matcher: `${BASE}/:id/merge`,
    middlewares: [requireJsonBody, validateAndTransformBody(AdminMergeTickets), detailQuery],
    policies: ticketPolicy("update"),
  },
]
