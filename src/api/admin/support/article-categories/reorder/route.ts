import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { HELPDESK_MODULE } from "../../../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../../../modules/helpdesk/service"
import { reorderArticleCategoriesWorkflow } from "../../../../../workflows/articles"
import { presentCategory } from "../../../../utils/articles"
import { AdminReorderType } from "../../articles/validators"

/** Sets several categories' positions at once; answers with those categories. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminReorderType>, res: MedusaResponse) => {
  const { result } = await reorderArticleCategoriesWorkflow(req.scope).run({ input: req.validatedBody })
  const rows = await req.scope
    .resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    .listSupportArticleCategories({ id: result }, { order: { position: "ASC", title: "ASC" } })
  res.json({ article_categories: rows.map(presentCategory), count: rows.length, offset: 0, limit: rows.length })
}
