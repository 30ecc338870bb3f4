import { MedusaError } from "@medusajs/framework/utils"
import { IdentityLevel } from "./constants"

/** How sure we are of a requester: an account beats a proven email beats a typed one. */
export const IDENTITY_RANK: Readonly<Record<IdentityLevel, number>> = { customer: 2, verified_email: 1, unverified: 0 }

type MergeTicket = {
  id: string
  display_id?: number | null
  customer_id?: string | null
  email?: string | null
  identity?: IdentityLevel | null
}

const rank = (t: MergeTicket) => IDENTITY_RANK[t.identity ?? "unverified"] ?? 0

/**
 * Why `source` may not be merged into `target`, or null when it may. The target's requester reads
 * the moved thread, so they must be the same requester AND at least as proven as the source's:
 * an unverified (typed) email proves nothing, so nothing merges into an unverified target.
 */
export function mergeRefusal(target: MergeTicket, source: MergeTicket): string | null {
  const sameRequester = target.customer_id
    ? source.customer_id === target.customer_id
    : !source.customer_id && !!target.email && source.email?.toLowerCase() === target.email.toLowerCase()
  if (!sameRequester) {
    return `Ticket #${source.display_id ?? source.id} belongs to another requester`
  }
  if (rank(target) === 0) {
    return `Ticket #${target.display_id ?? target.id} has an unverified email: merge it into a ticket of a signed-in customer or a verified email instead`
  }
  if (rank(target) < rank(source)) {
    return `Ticket #${source.display_id ?? source.id} has a better verified requester than ticket #${target.display_id ?? target.id}: merge the other way round`
  }
  return null
}

/** Throws a 400 naming the first source that may not be merged into the target. */
export function assertMergeAllowed(target: MergeTicket, sources: MergeTicket[]): void {
  for (const source of sources) {
    const refusal = mergeRefusal(target, source)
    if (refusal) throw new MedusaError(MedusaError.Types.INVALID_DATA, refusal)
  }
}
