import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { HelpdeskEvents } from "../../../modules/helpdesk/domain/events"
import { recordArticleVisitStep } from "../steps/record-article-visit"
import { RecordArticleVisitWorkflowInput } from "../types"

export const recordArticleVisitWorkflowId = "record-support-article-visit"

/**
 * A visitor's helpful / not helpful vote, or a deflection (they left the contact form after
 * reading the article), counted once per visitor and published article. `counted: false` when
 * this visitor was counted before (nothing changes) or the article is not published.
 */
export const recordArticleVisitWorkflow = createWorkflow(
  recordArticleVisitWorkflowId,
  (input: WorkflowData<RecordArticleVisitWorkflowInput>) => {
    const result = recordArticleVisitStep(input)
    when({ result, input }, ({ result, input }) => result.counted && input.kind === "feedback").then(() => {
      emitEventStep({
        eventName: HelpdeskEvents.ARTICLE_FEEDBACK_RECORDED,
        data: transform({ input }, ({ input }) => ({ id: input.article_id, helpful: input.kind === "feedback" ? input.helpful : null })),
      }).config({ name: "emit-article-feedback" })
    })
    when({ result, input }, ({ result, input }) => result.counted && input.kind === "deflection").then(() => {
      emitEventStep({
        eventName: HelpdeskEvents.ARTICLE_DEFLECTED,
        data: transform({ input }, ({ input }) => ({ id: input.article_id })),
      }).config({ name: "emit-article-deflected" })
    })
    return new WorkflowResponse(result)
  }
)
