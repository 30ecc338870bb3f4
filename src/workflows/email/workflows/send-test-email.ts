import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendTestEmailStep } from "../steps/send-test-email"

export const sendTestEmailWorkflowId = "send-support-test-email"

/** Settings -> Support -> Email, "Send a test email". */
export const sendTestEmailWorkflow = createWorkflow(sendTestEmailWorkflowId, (input: WorkflowData<{ to: string }>) => {
  return new WorkflowResponse(sendTestEmailStep(input))
})
