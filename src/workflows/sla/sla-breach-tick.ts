import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { randomUUID } from "crypto"
import { recordSlaBreachesWorkflow } from "./workflows/record-sla-breaches"

export const SLA_BREACH_LOCK_KEY = "support:sla-breach-job"

export type SlaBreachTickResult = { skipped: boolean; recorded: number; batches: number }

/**
 * One tick of the breach job: batches of `batch` until no overdue ticket is left (at most
 * `maxBatches`). The tick takes the Locking module's lock so two workers do not scan the same
 * tickets at the same time; a busy lock means another worker is on it and this tick is skipped.
 * The lock is an economy, not the guarantee: recordSlaBreaches records each breach once even when
 * two ticks overlap (per-process in-memory locking, an expired lease).
 */
export async function runSlaBreachTick(
  container: MedusaContainer,
  opts: { now?: Date; batch?: number; maxBatches?: number; lock?: boolean } = {}
): Promise<SlaBreachTickResult> {
  const batch = opts.batch ?? 5000
  const maxBatches = opts.maxBatches ?? 100
  const locking = opts.lock === false ? null : container.resolve(Modules.LOCKING)
  const ownerId = `support:sla-tick:${randomUUID()}`
  if (locking) {
    try {
      await locking.acquire(SLA_BREACH_LOCK_KEY, { ownerId, expire: 120 })
    } catch {
      return { skipped: true, recorded: 0, batches: 0 }
    }
  }
  let recorded = 0
  let batches = 0
  try {
    while (batches < maxBatches) {
      const { result } = await recordSlaBreachesWorkflow(container).run({ input: { limit: batch, now: opts.now } })
      batches++
      recorded += result.length
      if (result.length < batch) break
    }
  } finally {
    if (locking) await locking.release(SLA_BREACH_LOCK_KEY, { ownerId }).catch(() => undefined)
  }
  return { skipped: false, recorded, batches }
}
