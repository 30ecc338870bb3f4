import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { articlePolicy } from "../../../utils/policies"
import { requireJsonBody } from "../../../utils/require-json-body"
import { AdminReorder } from "../articles/validators"
import {
  AdminCreateArticleCategory,
  AdminGetArticleCategory,
  AdminListArticleCategories,
  AdminUpdateArticleCategory,
} from "./validators"

const BASE = "/admin/support/article-categories"
const ONE = /^\/admin\/support\/article-categories\/(?!reorder$)[^/]+$/

export const adminArticleCategoryRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: BASE,
    middlewares: [validateAndTransformQuery(AdminListArticleCategories, { isList: true })],
    policies: articlePolicy("read"),
  },
  {
    method: ["POST"],
    matcher: BASE,
    middlewares: [requireJsonBody, validateAndTransformBody(AdminCreateArticleCategory)],
    policies: articlePolicy("create"),
  },
  {
    method: ["POST"],
    matcher: `${BASE}/reorder`,
    middlewares: [requireJsonBody, validateAndTransformBody(AdminReorder)],
    policies: articlePolicy("update"),
  },
  { method: ["GET"], matcher: ONE, middlewares: [validateAndTransformQuery(AdminGetArticleCategory, {})], policies: articlePolicy("read") },
  { method: ["DELETE"], matcher: ONE, policies: articlePolicy("delete") },
  {
    method: ["POST"],
    matcher: ONE,
    middlewares: [requireJsonBody, validateAndTransformBody(AdminUpdateArticleCategory)],
    policies: articlePolicy("update"),
  },
]
