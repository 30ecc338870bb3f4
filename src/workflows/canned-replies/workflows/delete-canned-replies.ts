import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { HelpdeskEvents } from "../../../modules/helpdesk/domain/events"
import { deleteCannedRepliesStep } from "../steps/delete-canned-replies"
import { DeleteCannedRepliesWorkflowInput } from "../types"

export const deleteCannedRepliesWorkflowId = "delete-support-canned-replies"

/** Soft-deletes canned replies; returns the ids that were live and are now deleted. */
export const deleteCannedRepliesWorkflow = createWorkflow(
  deleteCannedRepliesWorkflowId,
  (input: WorkflowData<DeleteCannedRepliesWorkflowInput>) => {
    const deleted = deleteCannedRepliesStep(input.ids)

    emitEventStep({
      eventName: HelpdeskEvents.CANNED_REPLY_DELETED,
      data: transform({ deleted }, ({ deleted }) => deleted.map((id) => ({ id }))),
    })
    return new WorkflowResponse(deleted)
  }
)
