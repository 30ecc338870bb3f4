import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reorderArticlesWorkflow } from "../../../../../workflows/articles"
import { loadArticles, presentAdminArticle } from "../../../../utils/articles"
import { AdminReorderType } from "../validators"

/** Sets several articles' positions at once; answers with those articles. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminReorderType>, res: MedusaResponse) => {
  const { result } = await reorderArticlesWorkflow(req.scope).run({ input: req.validatedBody })
  const articles = (await loadArticles(req.scope, result)).map(presentAdminArticle)
  res.json({ articles, count: articles.length, offset: 0, limit: articles.length })
}
