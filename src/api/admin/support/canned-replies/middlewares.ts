import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
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
  },
  {
    method: ["POST"],
    matcher: BASE,
    middlewares: [requireJsonBody, validateAndTransformBody(AdminCreateCannedReply), detailQuery],
  },
  {
    method: ["POST"],
    matcher: `${BASE}/preview`,
    middlewares: [requireJsonBody, validateAndTransformBody(AdminPreviewCannedReply)],
  },
  { method: ["GET"], matcher: `${BASE}/:id`, middlewares: [detailQuery] },
  {
    method: ["POST"],
    matcher: `${BASE}/:id`,
    middlewares: [requireJsonBody, validateAndTransformBody(AdminUpdateCannedReply), detailQuery],
  },
  {
    method: ["POST"],
    matcher: `${BASE}/:id/render`,
    middlewares: [requireJsonBody, validateAndTransformBody(AdminRenderCannedReply)],
  },
]
