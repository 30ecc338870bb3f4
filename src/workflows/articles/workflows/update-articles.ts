import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { HelpdeskEvents } from "../../../modules/helpdesk/domain/events"
import { updateArticleStep } from "../steps/update-article"
import { UpdateArticlesWorkflowInput } from "../types"

export const updateArticlesWorkflowId = "update-support-articles"

/**
 * Changes an article (404 when missing or deleted); publishing and unpublishing are
 * `update: { published }`.
 *
 * @example
 * await updateArticlesWorkflow(container).run({ input: { id: "supart_...", update: { published: true } } })
 */
export const updateArticlesWorkflow = createWorkflow(updateArticlesWorkflowId, (input: WorkflowData<UpdateArticlesWorkflowInput>) => {
  const article = updateArticleStep(input)
  emitEventStep({
    eventName: HelpdeskEvents.ARTICLE_UPDATED,
    data: transform({ article }, ({ article }) => ({ id: article.id })),
  })
  return new WorkflowResponse(article)
})
