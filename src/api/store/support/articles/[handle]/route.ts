import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../../../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../../../modules/helpdesk/service"
import { presentStoreArticle, resolveStoreArticle } from "../store-article"

/** One published article in the best locale for the request (store-article.ts); counts a view without waiting for it. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const article = await resolveStoreArticle(req.scope, req.params.handle, req.locale)
  req.scope
    .resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    .incrementArticleViews(article.id)
    .catch((e: Error) => req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`helpdesk: view count of ${article.id} not updated: ${e.message}`))
  res.json({ article: presentStoreArticle(article) })
}
