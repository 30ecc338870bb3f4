import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { HelpdeskEvents } from "../../../modules/helpdesk/domain/events"
import { updateCannedReplyStep } from "../steps/update-canned-reply"
import { validateCannedReplyPlaceholdersStep } from "../steps/validate-canned-reply-placeholders"
import { validateCannedReplyShortcutsStep } from "../steps/validate-canned-reply-shortcuts"
import { UpdateCannedRepliesWorkflowInput } from "../types"

export const updateCannedRepliesWorkflowId = "update-support-canned-replies"

/** Changes a canned reply (404 when it does not exist or was deleted), with the create rules. */
export const updateCannedRepliesWorkflow = createWorkflow(
  updateCannedRepliesWorkflowId,
  (input: WorkflowData<UpdateCannedRepliesWorkflowInput>) => {
    validateCannedReplyPlaceholdersStep(transform({ input }, ({ input }) => [input.update.body]))
    validateCannedReplyShortcutsStep(
      transform({ input }, ({ input }) => [{ shortcut: input.update.shortcut, id: input.id }])
    )
    const reply = updateCannedReplyStep(input)

    emitEventStep({
      eventName: HelpdeskEvents.CANNED_REPLY_UPDATED,
      data: transform({ reply }, ({ reply }) => ({ id: reply.id })),
    })
    return new WorkflowResponse(reply)
  }
)
