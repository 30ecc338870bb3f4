import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { HELPDESK_MODULE } from "../../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../../modules/helpdesk/service"
import { createArticleCategoriesWorkflow } from "../../../../workflows/articles"
import { presentCategory } from "../../../utils/articles"
import { retrieveCategory } from "./category"
import { AdminCreateArticleCategoryType, AdminListArticleCategoriesType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListArticleCategoriesType>, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery as AdminListArticleCategoriesType
  const [rows, count] = await req.scope
    .resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    .listAndCountSupportArticleCategories({}, { take: limit, skip: offset, order: { position: "ASC", title: "ASC", id: "ASC" } })
  res.json({ article_categories: rows.map(presentCategory), count, offset, limit })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateArticleCategoryType>, res: MedusaResponse) => {
  const { result } = await createArticleCategoriesWorkflow(req.scope).run({ input: { article_categories: [req.validatedBody] } })
  res.status(201).json({ article_category: await retrieveCategory(req.scope, result[0].id) })
}
