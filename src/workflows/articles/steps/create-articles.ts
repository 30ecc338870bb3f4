import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export const createArticlesStepId = "create-support-articles"

type ArticleRow = Exclude<Parameters<HelpdeskModuleService["createSupportArticles"]>[0], unknown[]>

export const createArticlesStep = createStep(
  createArticlesStepId,
  async (rows: Record<string, unknown>[], { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const articles = await helpdesk.createSupportArticles(rows as unknown as ArticleRow[])
    return new StepResponse(articles, articles.map((a) => a.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<HelpdeskModuleService>(HELPDESK_MODULE).deleteSupportArticles(ids)
  }
)
