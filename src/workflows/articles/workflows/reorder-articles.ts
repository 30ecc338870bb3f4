import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { HelpdeskEvents } from "../../../modules/helpdesk/domain/events"
import { setArticlePositionsStep } from "../steps/set-positions"
import { ReorderArticlesWorkflowInput } from "../types"

export const reorderArticlesWorkflowId = "reorder-support-articles"
export const reorderArticleCategoriesWorkflowId = "reorder-support-article-categories"

/** Sets the positions of several articles at once (all or nothing). */
export const reorderArticlesWorkflow = createWorkflow(reorderArticlesWorkflowId, (input: WorkflowData<ReorderArticlesWorkflowInput>) => {
  const ids = setArticlePositionsStep(transform({ input }, ({ input }) => ({ entity: "article" as const, positions: input.positions })))
  emitEventStep({
    eventName: HelpdeskEvents.ARTICLE_UPDATED,
    data: transform({ ids }, ({ ids }) => ids.map((id) => ({ id }))),
  })
  return new WorkflowResponse(ids)
})

/** Sets the positions of several categories at once (all or nothing). */
export const reorderArticleCategoriesWorkflow = createWorkflow(
  reorderArticleCategoriesWorkflowId,
  (input: WorkflowData<ReorderArticlesWorkflowInput>) => {
    const ids = setArticlePositionsStep(transform({ input }, ({ input }) => ({ entity: "category" as const, positions: input.positions })))
    emitEventStep({
      eventName: HelpdeskEvents.ARTICLE_CATEGORY_UPDATED,
      data: transform({ ids }, ({ ids }) => ids.map((id) => ({ id }))),
    })
    return new WorkflowResponse(ids)
  }
)
