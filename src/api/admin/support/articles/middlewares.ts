import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { articlePolicy } from "../../../utils/policies"
import { requireJsonBody } from "../../../utils/require-json-body"
import { AdminCreateArticle, AdminGetArticle, AdminListArticles, AdminPreviewArticle, AdminReorder, AdminUpdateArticle } from "./validators"

const BASE = "/admin/support/articles"
// `/:id` would also match the action routes beside it: their bodies are not an article update.
const ONE = /^\/admin\/support\/articles\/(?!preview$|reorder$)[^/]+$/

export const adminArticleRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: BASE,
    middlewares: [validateAndTransformQuery(AdminListArticles, { isList: true })],
    policies: articlePolicy("read"),
  },
  {
    method: ["POST"],
    matcher: BASE,
    middlewares: [requireJsonBody, validateAndTransformBody(AdminCreateArticle)],
    policies: articlePolicy("create"),
  },
  {
    method: ["POST"],
    matcher: `${BASE}/preview`,
    middlewares: [requireJsonBody, validateAndTransformBody(AdminPreviewArticle)],
    policies: articlePolicy("read"),
  },
  {
    method: ["POST"],
    matcher: `${BASE}/reorder`,
    middlewares: [requireJsonBody, validateAndTransformBody(AdminReorder)],
    policies: articlePolicy("update"),
  },
  { method: ["GET"], matcher: ONE, middlewares: [validateAndTransformQuery(AdminGetArticle, {})], policies: articlePolicy("read") },
  { method: ["DELETE"], matcher: ONE, policies: articlePolicy("delete") },
  {
    method: ["POST"],
    matcher: ONE,
    middlewares: [requireJsonBody, validateAndTransformBody(AdminUpdateArticle)],
    policies: articlePolicy("update"),
  },
]
