import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { HelpdeskEvents } from "../../../modules/helpdesk/domain/events"
import { createArticlesStep } from "../steps/create-articles"
import { prepareArticlesStep } from "../steps/prepare-articles"
import { CreateArticlesWorkflowInput } from "../types"

export const createArticlesWorkflowId = "create-support-articles"

/**
 * Creates knowledge-base articles: Markdown rendered to sanitised HTML, search tokens, handle
 * from the title when none is given, `translation_of` joining another article's translations.
 *
 * @example
 * const { result } = await createArticlesWorkflow(container).run({
 *   input: { articles: [{ title: "Returns", body: "Send it back within **30 days**.", published: true }] },
 * })
 */
export const createArticlesWorkflow = createWorkflow(createArticlesWorkflowId, (input: WorkflowData<CreateArticlesWorkflowInput>) => {
  const rows = prepareArticlesStep(input.articles)
  const articles = createArticlesStep(rows)
  emitEventStep({
    eventName: HelpdeskEvents.ARTICLE_CREATED,
    data: transform({ articles }, ({ articles }) => articles.map((a) => ({ id: a.id }))),
  })
  return new WorkflowResponse(articles)
})
