import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { HELPDESK_MODULE } from "../../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../../modules/helpdesk/service"
import { searchArticles } from "../../../utils/articles"
import { presentStoreArticleSummary, storeListLocales } from "./store-article"
import { StoreListArticlesType } from "./validators"

/** Published articles in the request's locale (req.locale; English without one), best match first with `q`. */
export const GET = async (req: MedusaRequest<unknown, StoreListArticlesType>, res: MedusaResponse) => {
  const { q, category, limit, offset } = req.validatedQuery as StoreListArticlesType
  let category_id: string[] | undefined
  if (category) {
    const [found] = await req.scope
      .resolve<HelpdeskModuleService>(HELPDESK_MODULE)
      .listSupportArticleCategories({ handle: category }, { select: ["id"], take: 1 })
    if (!found) return res.json({ articles: [], count: 0, offset, limit })
    category_id = [found.id]
  }
  const { articles, count } = await searchArticles(
    req.scope,
    { q, category_id, locales: storeListLocales(req.locale), published: true },
    { limit, offset },
    { summary: true }
  )
  res.json({ articles: articles.map(presentStoreArticleSummary), count, offset, limit })
}
