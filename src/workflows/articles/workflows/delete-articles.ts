import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { HelpdeskEvents } from "../../../modules/helpdesk/domain/events"
import { deleteArticlesStep } from "../steps/delete-articles"
import { DeleteArticlesWorkflowInput } from "../types"

export const deleteArticlesWorkflowId = "delete-support-articles"

/** Soft-deletes articles; returns the ids that were live and are now deleted. */
export const deleteArticlesWorkflow = createWorkflow(deleteArticlesWorkflowId, (input: WorkflowData<DeleteArticlesWorkflowInput>) => {
  const deleted = deleteArticlesStep(input.ids)
  emitEventStep({
    eventName: HelpdeskEvents.ARTICLE_DELETED,
    data: transform({ deleted }, ({ deleted }) => deleted.map((id) => ({ id }))),
  })
  return new WorkflowResponse(deleted)
})
