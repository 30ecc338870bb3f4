import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import { handleFromTitle } from "../../../modules/helpdesk/domain/articles/handle"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { ArticleCategoryData } from "../types"

export const createArticleCategoriesStepId = "create-support-article-categories"

/** Creates categories (handle from the title when absent; a taken handle is a 400). */
export const createArticleCategoriesStep = createStep(
  createArticleCategoriesStepId,
  async (input: ArticleCategoryData[], { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const rows = input.map((c) => ({
      title: c.title,
      handle: c.handle ?? handleFromTitle(c.title),
      description: c.description ?? null,
      position: c.position ?? 0,
    }))
    for (const [i, row] of rows.entries()) {
      if (!row.handle) throw new MedusaError(MedusaError.Types.INVALID_DATA, "handle is required when the title has no letters or digits")
      const taken = rows.slice(0, i).some((r) => r.handle === row.handle) ||
        (await helpdesk.listSupportArticleCategories({ handle: row.handle }, { select: ["id"], take: 1 })).length > 0
      if (taken) throw new MedusaError(MedusaError.Types.INVALID_DATA, `The handle "${row.handle}" is already used by another category`)
    }
    const categories = await helpdesk.createSupportArticleCategories(rows)
    return new StepResponse(categories, categories.map((c) => c.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<HelpdeskModuleService>(HELPDESK_MODULE).deleteSupportArticleCategories(ids)
  }
)
