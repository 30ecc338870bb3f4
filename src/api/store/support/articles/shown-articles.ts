import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../../modules/helpdesk/service"

/** Metadata key of a ticket: the article ids the shopper was shown before opening it. */
export const SHOWN_ARTICLE_IDS_KEY = "shown_article_ids"

/**
 * The distinct ids of `shown_article_ids`, each a live published article (a shopper never saw
 * anything else), or a 400 naming the first one that is not.
 */
export async function shownArticleIds(scope: Pick<MedusaContainer, "resolve">, ids: string[] | undefined): Promise<string[]> {
  const wanted = [...new Set(ids ?? [])]
  if (!wanted.length) return []
  const found = await scope
    .resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    .listSupportArticles({ id: wanted, published: true }, { select: ["id"] })
  const missing = wanted.find((id) => !found.some((a) => a.id === id))
  if (missing) throw new MedusaError(MedusaError.Types.INVALID_DATA, `shown_article_ids: article ${missing} is not a published article`)
  return wanted
}
