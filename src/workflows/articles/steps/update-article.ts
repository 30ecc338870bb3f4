import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { derivedArticleColumns } from "../article-columns"
import { ArticleData } from "../types"

export const updateArticleStepId = "update-support-article"

const EDITABLE = ["title", "body", "handle", "category_id", "locale", "published", "position", "metadata"] as const
const DERIVED = ["body_html", "search_text", "title_search_text", "fuzzy_search_text"] as const
const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Writes the given fields of a live article (publish/unpublish is `published`), re-rendering
 * HTML and search tokens when title or body change, with the create rules for handle, locale and
 * category. The compensation writes back the old values.
 */
export const updateArticleStep = createStep(
  updateArticleStepId,
  async (input: { id: string; update: Partial<ArticleData> }, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const keys = EDITABLE.filter((k) => input.update[k] !== undefined)
    const [before] = await helpdesk.listSupportArticles(
      { id: input.id },
      { select: ["id", "title", "body", "handle", "locale", "translation_group_id", "category_id", "published", "position", "metadata", ...DERIVED], take: 1 }
    )
    if (!before) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Article with id: ${input.id} was not found`)
    if (!keys.length) return new StepResponse(before, null)

    const u = input.update
    const locale = u.locale ?? before.locale
    const handle = u.handle ?? before.handle
    if (locale !== before.locale || handle !== before.handle) {
      const [taken] = await helpdesk.listSupportArticles({ locale, handle, id: { $ne: input.id } }, { select: ["id"], take: 1 })
      if (taken) throw invalid(`The handle "${handle}" is already used by another article in locale ${locale}`)
    }
    if (locale !== before.locale) {
      const [sibling] = await helpdesk.listSupportArticles(
        { translation_group_id: before.translation_group_id, locale, id: { $ne: input.id } },
        { select: ["id"], take: 1 }
      )
      if (sibling) throw invalid(`This article already has a translation in locale ${locale}`)
    }
    if (u.category_id) {
      const [category] = await helpdesk.listSupportArticleCategories({ id: u.category_id }, { select: ["id"], take: 1 })
      if (!category) throw invalid(`category_id: category ${u.category_id} was not found`)
    }

    const change: Record<string, unknown> = { id: input.id }
    const previous: Record<string, unknown> = { id: input.id }
    for (const key of keys) {
      change[key] = u[key]
      previous[key] = (before as Record<string, unknown>)[key] ?? null
    }
    if (u.title !== undefined || u.body !== undefined) {
      Object.assign(change, derivedArticleColumns(u.title ?? before.title, u.body ?? before.body))
      for (const key of DERIVED) previous[key] = (before as Record<string, unknown>)[key]
    }
    const article = await helpdesk.updateSupportArticles(change as { id: string })
    return new StepResponse(article, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<HelpdeskModuleService>(HELPDESK_MODULE).updateSupportArticles(previous as { id: string })
  }
)
