import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refreshStalePriorityScoresStep } from "../steps/refresh-stale-priority-scores"

export const refreshStalePriorityScoresWorkflowId = "refresh-stale-support-priority-scores"

export type RefreshStalePriorityScoresWorkflowInput = { limit: number; max_age_minutes: number; now?: Date | string }

/**
 * One batch of the priority job: rescores up to `limit` open and pending tickets scored more than
 * `max_age_minutes` ago (never-scored first) in one read and one UPDATE. No event: a score is
 * derived data, not a change to the ticket.
 *
 * @example
 * const { result } = await refreshStalePriorityScoresWorkflow(container).run({ input: { limit: 2000, max_age_minutes: 5 } })
 */
export const refreshStalePriorityScoresWorkflow = createWorkflow(
  refreshStalePriorityScoresWorkflowId,
  (input: WorkflowData<RefreshStalePriorityScoresWorkflowInput>) => new WorkflowResponse(refreshStalePriorityScoresStep(input))
)
