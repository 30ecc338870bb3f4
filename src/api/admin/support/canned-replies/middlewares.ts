import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { cannedReplyPolicy, ticketPolicy } from "../../../utils/policies"
import { requireJsonBody } from "../../../utils/require-json-body"
import { adminCannedReplyListQueryConfig, adminCannedReplyQueryConfig } from "./query-config"
import {
  AdminCreateCannedReply,
  AdminGetCannedReply,
  AdminListCannedReplies,
  AdminPreviewCannedReply,
  AdminRenderCannedReply,
  AdminUpdateCannedReply,
} from "./validators"

const BASE = "/admin/support/canned-replies"
const detailQuery = validateAndTransformQuery(AdminGetCannedReply, adminCannedReplyQueryConfig)

export const adminCannedReplyRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: BASE,
    middlewares: [validateAndTransformQuery(AdminListCannedReplies, adminCannedReplyListQueryConfig)],
    policies: cannedReplyPolicy("read"),
  },
  {
    method: ["POST"],
    matcher: BASE,
    middlewares: [requireJsonBody, validateAndTransformBody(AdminCreateCannedReply), detailQuery],
    policies: cannedReplyPolicy("create"),
  },
  {
    method: ["POST"],
    matcher: `${BASE}/preview`,
    middlewares: [requireJsonBody, validateAndTransformBody(AdminPreviewCannedReply)],
    policies: cannedReplyPolicy("read"),
  },
  { method: ["GET"], matcher: `${BASE}/:id`, middlewares: [detailQuery], policies: cannedReplyPolicy("read") },
  { method: ["DELETE"], matcher: `${BASE}/:id`, policies: cannedReplyPolicy("delete") },
  {
    method: ["POST"],
    matcher: `${BASE}/:id`,
    middlewares: [requireJsonBody, validateAndTransformBody(AdminUpdateCannedReply), detailQuery],
    policies: cannedReplyPolicy("update"),
  },
  {
    method: ["POST"],
    matcher: `${BASE}/:id/render`,
    middlewares: [requireJsonBody, validateAndTransformBody(AdminRenderCannedReply)],
    policies: [...cannedReplyPolicy("read"), ...ticketPolicy("read")],
  },
]
