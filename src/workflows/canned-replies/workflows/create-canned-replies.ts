import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { HelpdeskEvents } from "../../../modules/helpdesk/domain/events"
import { createCannedRepliesStep } from "../steps/create-canned-replies"
import { validateCannedReplyPlaceholdersStep } from "../steps/validate-canned-reply-placeholders"
import { validateCannedReplyShortcutsStep } from "../steps/validate-canned-reply-shortcuts"
import { CreateCannedRepliesWorkflowInput } from "../types"

export const createCannedRepliesWorkflowId = "create-support-canned-replies"

/** Creates canned replies; unknown placeholders and taken shortcuts are refused (400). */
export const createCannedRepliesWorkflow = createWorkflow(
  createCannedRepliesWorkflowId,
  (input: WorkflowData<CreateCannedRepliesWorkflowInput>) => {
    validateCannedReplyPlaceholdersStep(
      transform({ input }, ({ input }) => input.canned_replies.map((r) => r.body))
    )
    validateCannedReplyShortcutsStep(
      transform({ input }, ({ input }) => input.canned_replies.map((r) => ({ shortcut: r.shortcut })))
    )
    const replies = createCannedRepliesStep(input.canned_replies)

    emitEventStep({
      eventName: HelpdeskEvents.CANNED_REPLY_CREATED,
      data: transform({ replies }, ({ replies }) => replies.map((r) => ({ id: r.id }))),
    })
    return new WorkflowResponse(replies)
  }
)
