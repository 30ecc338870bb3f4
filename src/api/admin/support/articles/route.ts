import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createArticlesWorkflow } from "../../../../workflows/articles"
import { loadArticle, presentAdminArticle, searchArticles } from "../../../utils/articles"
import { AdminCreateArticleType, AdminListArticlesType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListArticlesType>, res: MedusaResponse) => {
  const { q, category_id, locale, published, limit, offset } = req.validatedQuery as AdminListArticlesType
  const { articles, count } = await searchArticles(req.scope, { q, category_id, locales: locale, published }, { limit, offset })
  res.json({ articles: articles.map(presentAdminArticle), count, offset, limit })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateArticleType>, res: MedusaResponse) => {
  const { result } = await createArticlesWorkflow(req.scope).run({ input: { articles: [req.validatedBody] } })
  res.status(201).json({ article: presentAdminArticle(await loadArticle(req.scope, result[0].id)) })
}
