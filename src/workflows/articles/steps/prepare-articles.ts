import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { randomUUID } from "crypto"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import { handleFromTitle } from "../../../modules/helpdesk/domain/articles/handle"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { derivedArticleColumns } from "../article-columns"
import { CreateArticleData } from "../types"

export const prepareArticlesStepId = "prepare-support-articles"

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Turns what agents wrote into rows: handle (from the title when absent), locale (default en),
 * translation group (a new one, or `translation_of`'s), rendered HTML and search tokens. Refuses
 * (400) a handle taken in its locale, a second article of one locale in a group, an unknown
 * category or `translation_of`. The partial unique indexes still decide between concurrent writes.
 */
export const prepareArticlesStep = createStep(prepareArticlesStepId, async (input: CreateArticleData[], { container }) => {
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const rows = []
  const claimed = new Set<string>()
  const groupsClaimed = new Set<string>()
  for (const a of input) {
    const locale = a.locale ?? "en"
    const handle = a.handle ?? handleFromTitle(a.title)
    if (!handle) throw invalid("handle is required when the title has no letters or digits")
    if (claimed.has(`${locale}\n${handle}`)) throw invalid(`The handle "${handle}" is given twice for locale ${locale}`)
    claimed.add(`${locale}\n${handle}`)
    const [taken] = await helpdesk.listSupportArticles({ locale, handle }, { select: ["id"], take: 1 })
    if (taken) throw invalid(`The handle "${handle}" is already used by another article in locale ${locale}`)

    let translation_group_id: string = randomUUID()
    if (a.translation_of) {
      const [source] = await helpdesk.listSupportArticles(
        { id: a.translation_of },
        { select: ["id", "translation_group_id"], take: 1 }
      )
      if (!source) throw invalid(`translation_of: article ${a.translation_of} was not found`)
      translation_group_id = source.translation_group_id
      const [sameLocale] = await helpdesk.listSupportArticles({ translation_group_id, locale }, { select: ["id"], take: 1 })
      if (sameLocale || groupsClaimed.has(`${translation_group_id}\n${locale}`)) {
        throw invalid(`Article ${a.translation_of} already has a translation in locale ${locale}`)
      }
    }
    groupsClaimed.add(`${translation_group_id}\n${locale}`)

    if (a.category_id) {
      const [category] = await helpdesk.listSupportArticleCategories({ id: a.category_id }, { select: ["id"], take: 1 })
      if (!category) throw invalid(`category_id: category ${a.category_id} was not found`)
    }
    rows.push({
      title: a.title,
      body: a.body,
      handle,
      locale,
      translation_group_id,
      category_id: a.category_id ?? null,
      published: a.published ?? false,
      position: a.position ?? 0,
      metadata: a.metadata ?? null,
      ...derivedArticleColumns(a.title, a.body),
    })
  }
  return new StepResponse(rows)
})
