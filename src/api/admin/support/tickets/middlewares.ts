import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requireJsonBody } from "../../../utils/require-json-body"
import { adminTicketListQueryConfig, adminTicketQueryConfig } from "./query-config"
import {
  AdminAddTicketMessage,
  AdminAssignTicket,
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
  },
  {
    method: ["POST"],
    matcher: BASE,
    middlewares: [requireJsonBody, validateAndTransformBody(AdminCreateTicket), detailQuery],
  },
  {
    method: ["POST"],
    matcher: `${BASE}/batch`,
    middlewares: [requireJsonBody, validateAndTransformBody(AdminBulkUpdateTickets), listQuery],
  },
  { method: ["GET"], matcher: `${BASE}/:id`, middlewares: [detailQuery] },
  {
    method: ["POST"],
    matcher: `${BASE}/:id`,
    middlewares: [requireJsonBody, validateAndTransformBody(AdminUpdateTicket), detailQuery],
  },
  {
    method: ["GET"],
    matcher: `${BASE}/:id/messages`,
    middlewares: [validateAndTransformQuery(AdminListTicketMessages, {})],
  },
  {
    method: ["POST"],
    matcher: `${BASE}/:id/messages`,
    middlewares: [requireJsonBody, validateAndTransformBody(AdminAddTicketMessage), detailQuery],
  },
  {
    method: ["GET"],
    matcher: `${BASE}/:id/attachments/:attachment_id`,
    middlewares: [validateAndTransformQuery(AdminGetTicketAttachment, {})],
  },
  {
    method: ["POST"],
    matcher: `${BASE}/:id/assign`,
    middlewares: [requireJsonBody, validateAndTransformBody(AdminAssignTicket), detailQuery],
  },
  {
    method: ["POST"],
    matcher: `${BASE}/:id/merge`,
    middlewares: [requireJsonBody, validateAndTransformBody(AdminMergeTickets), detailQuery],
  },
]
