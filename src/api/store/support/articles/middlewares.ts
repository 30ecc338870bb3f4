import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { rateLimit } from "../../../utils/rate-limit"
import { requireJsonBody } from "../../../utils/require-json-body"
import { StoreArticleDeflected, StoreArticleFeedback, StoreGetArticle, StoreListArticles, StoreSuggestions } from "./validators"

const BASE = "/store/support/articles"

export const storeArticleRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: BASE,
    middlewares: [validateAndTransformQuery(StoreListArticles, { isList: true }), rateLimit("articleSearch")],
  },
  { method: ["GET"], matcher: `${BASE}/:handle`, middlewares: [validateAndTransformQuery(StoreGetArticle, {})] },
  {
    method: ["POST"],
    matcher: `${BASE}/:handle/feedback`,
    middlewares: [requireJsonBody, validateAndTransformBody(StoreArticleFeedback), rateLimit("articleFeedback")],
  },
  {
    method: ["POST"],
    matcher: `${BASE}/:handle/deflected`,
    middlewares: [requireJsonBody, validateAndTransformBody(StoreArticleDeflected), rateLimit("articleFeedback")],
  },
  { method: ["GET"], matcher: "/store/support/article-categories", middlewares: [validateAndTransformQuery(StoreGetArticle, {})] },
  {
    method: ["GET"],
    matcher: "/store/support/suggestions",
    middlewares: [validateAndTransformQuery(StoreSuggestions, {}), rateLimit("articleSearch")],
  },
]
