import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { RecordArticleVisitWorkflowInput } from "../types"

export const recordArticleVisitStepId = "record-support-article-visit"

/** Counts a vote or deflection once per visitor (service.recordArticleVisit); undone row and counter together. */
export const recordArticleVisitStep = createStep(
  recordArticleVisitStepId,
  async (input: RecordArticleVisitWorkflowInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const id = await helpdesk.recordArticleVisit({
      article_id: input.article_id,
      visitor_key: input.visitor_key,
      kind: input.kind,
      helpful: input.kind === "feedback" ? input.helpful : null,
    })
    return new StepResponse({ counted: id !== null }, id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<HelpdeskModuleService>(HELPDESK_MODULE).undoArticleVisit(id)
  }
)
