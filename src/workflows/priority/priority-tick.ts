import { MedusaContainer } from "@medusajs/framework/types"
import { refreshStalePriorityScoresWorkflow } from "./workflows/refresh-stale-priority-scores"

/** A score older than this is recomputed by the job (its schedule is every 5 minutes). */
export const PRIORITY_MAX_AGE_MINUTES = 5

/**
 * One run of the priority job: batches of `batch` stale scores until none is left, at most
 * `maxBatches` (bounded: the rest waits for the next run, never-scored and oldest first).
 * Overlapping runs are harmless: both compute the same score from the same rows.
 */
export async function runPriorityRefreshTick(
  container: MedusaContainer,
  opts: { now?: Date; batch?: number; maxBatches?: number; maxAgeMinutes?: number } = {}
): Promise<{ refreshed: number; batches: number }> {
  const batch = opts.batch ?? 2000
  const maxBatches = opts.maxBatches ?? 25
  let refreshed = 0
  let batches = 0
  while (batches < maxBatches) {
    const { result } = await refreshStalePriorityScoresWorkflow(container).run({
      input: { limit: batch, max_age_minutes: opts.maxAgeMinutes ?? PRIORITY_MAX_AGE_MINUTES, now: opts.now },
    })
    batches++
    refreshed += result.refreshed
    if (result.refreshed < batch) break
  }
  return { refreshed, batches }
}
