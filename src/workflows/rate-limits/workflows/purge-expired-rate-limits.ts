import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteExpiredRateLimitsStep } from "../steps/delete-expired-rate-limits"

export const purgeExpiredRateLimitsWorkflowId = "purge-expired-support-rate-limits"

export const purgeExpiredRateLimitsWorkflow = createWorkflow(purgeExpiredRateLimitsWorkflowId, () => {
  return new WorkflowResponse(deleteExpiredRateLimitsStep())
})
