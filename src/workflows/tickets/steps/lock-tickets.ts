import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { randomUUID } from "node:crypto"
import { setTimeout as sleep } from "node:timers/promises"

export type LockTicketsInput = {
  ids: string[]
  /** Seconds to keep trying before failing (default 30). */
  timeout_seconds?: number
}

export type TicketLocks = { keys: string[]; owner_id: string }

const TTL_SECONDS = 60
const RETRY_MS = 25

export function ticketLockKeys(ids: string[]): string[] {
  return [...new Set(ids)].sort().map((id) => `support_ticket:${id}`)
}

export const lockTicketsStepId = "lock-support-tickets"

/**
 * The one lock every ticket write holds. Keys are sorted and taken all or nothing under an owner
 * unique to this run: when one is busy, the ones just taken are given back and the whole set is
 * tried again until the timeout, so a waiting run never sits on the other tickets. Unlike Medusa's
 * acquireLockStep it also runs inside a sub-workflow (e.g. assign runs the update workflow).
 */
export const lockTicketsStep = createStep(
  lockTicketsStepId,
  async (input: LockTicketsInput, { container, transactionId }) => {
    const keys = ticketLockKeys(input.ids)
    const owner_id = `support:${transactionId ?? "run"}:${randomUUID()}`
    const locking = container.resolve(Modules.LOCKING)
    const until = Date.now() + (input.timeout_seconds ?? 30) * 1000
    for (;;) {
      const taken: string[] = []
      try {
        for (const key of keys) {
          await locking.acquire(key, { ownerId: owner_id, expire: TTL_SECONDS })
          taken.push(key)
        }
        return new StepResponse({ keys, owner_id }, { keys, owner_id })
      } catch (e) {
        if (taken.length) await locking.release(taken, { ownerId: owner_id })
        if (Date.now() >= until) {
          throw new MedusaError(
            MedusaError.Types.CONFLICT,
            `Another change to these tickets is in progress, try again (${(e as Error).message})`
          )
        }
      }
      await sleep(RETRY_MS)
    }
  },
  async (locks, { container }) => {
    if (!locks?.keys.length) return
    await container.resolve(Modules.LOCKING).release(locks.keys, { ownerId: locks.owner_id })
  }
)
