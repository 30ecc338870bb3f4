import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { HELPDESK_MODULE } from "../../../../modules/helpdesk/domain/constants"
import { renderPlaceholders } from "../../../../modules/helpdesk/domain/placeholders"
import { rankReplies } from "../../../../modules/helpdesk/domain/articles/suggestions"
import type HelpdeskModuleService from "../../../../modules/helpdesk/service"
import { searchArticles } from "../../../utils/articles"
import { presentStoreArticleSummary, storeListLocales } from "../articles/store-article"
import { StoreSuggestionsType } from "../articles/validators"

const MAX_ARTICLES = 5
const MAX_REPLIES = 3

/**
 * Answers before a ticket, while the shopper types the subject: published articles of the
 * request's locale and canned replies agents marked `public` (of that locale or none), with
 * every placeholder at its fallback - nothing about any customer or ticket is filled in.
 */
export const GET = async (req: MedusaRequest<unknown, StoreSuggestionsType>, res: MedusaResponse) => {
  const { q } = req.validatedQuery as StoreSuggestionsType
  const locales = storeListLocales(req.locale)
  const helpdesk = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const [{ articles }, candidates] = await Promise.all([
    searchArticles(req.scope, { q, locales, published: true }, { limit: MAX_ARTICLES, offset: 0 }, { summary: true }),
    helpdesk.listSupportCannedReplies(
      { public: true, $or: [{ locale: null }, { locale: locales }] },
      { select: ["id", "title", "body"], take: 500, order: { title: "ASC" } }
    ),
  ])
  const replies = rankReplies(q, candidates, MAX_REPLIES).map((r) => ({ id: r.id, title: r.title, body: renderPlaceholders(r.body, {}) }))
  res.json({ articles: articles.map(presentStoreArticleSummary), replies })
}
