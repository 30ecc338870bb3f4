import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { ArticleCategoryData } from "../types"

export const updateArticleCategoryStepId = "update-support-article-category"

const EDITABLE = ["title", "handle", "description", "position"] as const

/** Writes the given fields of a live category; the compensation writes back the old values. */
export const updateArticleCategoryStep = createStep(
  updateArticleCategoryStepId,
  async (input: { id: string; update: Partial<ArticleCategoryData> }, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const [before] = await helpdesk.listSupportArticleCategories({ id: input.id }, { select: ["id", ...EDITABLE], take: 1 })
    if (!before) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Category with id: ${input.id} was not found`)
    const keys = EDITABLE.filter((k) => input.update[k] !== undefined)
    if (!keys.length) return new StepResponse(before, null)
    if (input.update.handle && input.update.handle !== before.handle) {
      const [taken] = await helpdesk.listSupportArticleCategories({ handle: input.update.handle }, { select: ["id"], take: 1 })
      if (taken) throw new MedusaError(MedusaError.Types.INVALID_DATA, `The handle "${input.update.handle}" is already used by another category`)
    }
    const change: Record<string, unknown> = { id: input.id }
    const previous: Record<string, unknown> = { id: input.id }
    for (const key of keys) {
      change[key] = input.update[key]
      previous[key] = before[key] ?? null
    }
    const category = await helpdesk.updateSupportArticleCategories(change as { id: string })
    return new StepResponse(category, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<HelpdeskModuleService>(HELPDESK_MODULE).updateSupportArticleCategories(previous as { id: string })
  }
)
