import { MedusaError } from "@medusajs/framework/utils"

export const STALE_VIEW_CODE = "ticket_changed"
export const STALE_VIEW_MESSAGE =
  "The ticket changed since you opened it: review the new activity, then send again"

/**
 * An agent's write may carry the `updated_at` of the ticket as their page showed it. If the
 * ticket changed since (someone replied or edited it), the write is refused with 409 so the agent
 * reviews the change instead of answering a conversation that moved on.
 */
export function assertUnchangedSince(updatedAt: Date | string, expected: string | null | undefined): void {
  if (!expected) return
  if (new Date(updatedAt).getTime() > new Date(expected).getTime()) {
    throw new MedusaError(MedusaError.Types.CONFLICT, STALE_VIEW_MESSAGE, STALE_VIEW_CODE)
  }
}

/** Workflow errors come back rebuilt, not always as MedusaError instances: match by content. */
export function isStaleViewError(err: unknown): boolean {
  const e = err as { type?: string; code?: string; message?: string } | null
  return e?.type === MedusaError.Types.CONFLICT && (e.code === STALE_VIEW_CODE || e.message === STALE_VIEW_MESSAGE)
}
