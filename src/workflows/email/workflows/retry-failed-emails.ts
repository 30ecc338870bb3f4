import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deliverEmailsStep } from "../steps/deliver-emails"
import { findDueEmailsStep } from "../steps/find-due-emails"

export const retryFailedEmailsWorkflowId = "retry-failed-support-emails"

/** Sends again the failed mails whose next attempt is due (up to `limit` per run). */
export const retryFailedEmailsWorkflow = createWorkflow(
  retryFailedEmailsWorkflowId,
  (input: WorkflowData<{ limit: number }>) => {
    const due = findDueEmailsStep(input)
    return new WorkflowResponse(deliverEmailsStep(due))
  }
)
