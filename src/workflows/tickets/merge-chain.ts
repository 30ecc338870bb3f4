import { MedusaError } from "@medusajs/framework/utils"
import { IDENTITY_RANK } from "../../modules/helpdesk/domain/merge-rules"
import type HelpdeskModuleService from "../../modules/helpdesk/service"
import { actorMayAccess } from "./actor"
import { HelpdeskActor } from "./types"

const MAX_HOPS = 20

type ChainTicket = Awaited<ReturnType<HelpdeskModuleService["listSupportTickets"]>>[number]

/** The ticket and the ones it was merged into, in order, ending at the surviving ticket. */
export async function mergeChain(helpdesk: HelpdeskModuleService, id: string): Promise<ChainTicket[]> {
  const chain: ChainTicket[] = []
  const seen = new Set<string>()
  let next: string | null = id
  while (next && !seen.has(next) && chain.length <= MAX_HOPS) {
    seen.add(next)
    const [ticket] = await helpdesk.listSupportTickets({ id: next }, { take: 1 })
    if (!ticket) break
    chain.push(ticket)
    next = ticket.merged_into_id ?? null
  }
  return chain
}

/**
 * Whether a shopper who may act on the first ticket of the chain may act on the last: directly
 * (their own account or token), or through the merge when no hop moved to a requester proven
 * better than the one the shopper's access came from (then they are the same requester at the
 * same level: merge-rules.ts let the merge happen only between them).
 */
export function mayFollowMerge(actor: HelpdeskActor, chain: ChainTicket[]): boolean {
  const survivor = chain[chain.length - 1]
  if (actorMayAccess(actor, survivor)) return true
  if (!actorMayAccess(actor, chain[0])) return false
  return chain.every((t, i) => i === 0 || IDENTITY_RANK[t.identity] <= IDENTITY_RANK[chain[i - 1].identity])
}

/**
 * The ticket a shopper's write on `id` lands on: `id` itself, or the surviving ticket of a merge.
 * A shopper who cannot follow the merge is told so (400) rather than writing to a closed ticket.
 */
export async function resolveShopperTicket(
  helpdesk: HelpdeskModuleService,
  id: string,
  actor: HelpdeskActor
): Promise<{ ticket_id: string; redirected_from: string | null }> {
  const chain = await mergeChain(helpdesk, id)
  if (!chain.length || !actorMayAccess(actor, chain[0])) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Ticket with id: ${id} was not found`)
  }
  if (chain.length === 1) return { ticket_id: id, redirected_from: null }
  if (!mayFollowMerge(actor, chain)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "This ticket was merged into another conversation: sign in, or use the link of that conversation, to continue"
    )
  }
  return { ticket_id: chain[chain.length - 1].id, redirected_from: id }
}
