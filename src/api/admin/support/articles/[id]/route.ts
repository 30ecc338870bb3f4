import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteArticlesWorkflow, updateArticlesWorkflow } from "../../../../../workflows/articles"
import { loadArticle, presentAdminArticle } from "../../../../utils/articles"
import { AdminUpdateArticleType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ article: presentAdminArticle(await loadArticle(req.scope, req.params.id)) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateArticleType>, res: MedusaResponse) => {
  await updateArticlesWorkflow(req.scope).run({ input: { id: req.params.id, update: req.validatedBody } })
  res.json({ article: presentAdminArticle(await loadArticle(req.scope, req.params.id)) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await loadArticle(req.scope, req.params.id)
  await deleteArticlesWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "article", deleted: true })
}
