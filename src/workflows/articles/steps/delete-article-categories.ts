import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export const deleteArticleCategoriesStepId = "delete-support-article-categories"

/**
 * Soft-deletes the live categories among `ids`; their articles stay, without a category (a soft
 * delete does not fire the foreign key's ON DELETE SET NULL, so the step detaches them). The
 * compensation restores the categories and reattaches exactly those articles.
 */
export const deleteArticleCategoriesStep = createStep(
  deleteArticleCategoriesStepId,
  async (ids: string[], { container }) => {
    const empty = { categories: [] as string[], articles: [] as { id: string; category_id: string }[] }
    if (!ids.length) return new StepResponse([] as string[], empty)
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const categories = (await helpdesk.listSupportArticleCategories({ id: ids }, { select: ["id"] })).map((c) => c.id)
    if (!categories.length) return new StepResponse([] as string[], empty)
    const articles = (await helpdesk.listSupportArticles({ category_id: categories }, { select: ["id", "category_id"] })).map((a) => ({
      id: a.id,
      category_id: a.category_id as string,
    }))
    if (articles.length) await helpdesk.updateSupportArticles(articles.map((a) => ({ id: a.id, category_id: null })))
    await helpdesk.softDeleteSupportArticleCategories(categories)
    return new StepResponse(categories, { categories, articles })
  },
  async (undo, { container }) => {
    if (!undo?.categories.length) return
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.restoreSupportArticleCategories(undo.categories)
    if (undo.articles.length) await helpdesk.updateSupportArticles(undo.articles)
  }
)
