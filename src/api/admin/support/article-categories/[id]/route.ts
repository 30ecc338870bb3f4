import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteArticleCategoriesWorkflow, updateArticleCategoriesWorkflow } from "../../../../../workflows/articles"
import { retrieveCategory } from "../category"
import { AdminUpdateArticleCategoryType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ article_category: await retrieveCategory(req.scope, req.params.id) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateArticleCategoryType>, res: MedusaResponse) => {
  await updateArticleCategoriesWorkflow(req.scope).run({ input: { id: req.params.id, update: req.validatedBody } })
  res.json({ article_category: await retrieveCategory(req.scope, req.params.id) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await retrieveCategory(req.scope, req.params.id)
  await deleteArticleCategoriesWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "article_category", deleted: true })
}
