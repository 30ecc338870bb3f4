/**
 * Who gets a ticket. Pure: the workflow reads the agents' away status and the group's counter,
 * these functions decide.
 */

export type AgentStatus = { user_id: string; away: boolean; away_until?: Date | string | null; delegate_id?: string | null }

/** Away now: marked away and the return date (if any) not yet reached. */
export function isAway(status: AgentStatus | undefined, now: Date): boolean {
  if (!status?.away) return false
  if (!status.away_until) return true
  return new Date(status.away_until).getTime() > now.getTime()
}

/** The members who can take tickets now (not away), in the group's order. */
export function availableMembers(members: string[], statuses: AgentStatus[], now: Date): string[] {
  const byId = new Map(statuses.map((s) => [s.user_id, s]))
  return [...new Set(members)].filter((m) => !isAway(byId.get(m), now))
}

/**
 * Round robin over the available members with a counter that grows by one per ticket (an atomic
 * SQL increment, so concurrent tickets each get their own turn). `turn` is the counter's value
 * after the increment (1, 2, ...). Null when nobody is available.
 */
export function pickRoundRobin(available: string[], turn: number): string | null {
  if (!available.length) return null
  const i = (((turn - 1) % available.length) + available.length) % available.length
  return available[i]
}

/** The available member with the fewest open tickets (ties: the group's order). */
export function pickFewestOpen(available: string[], openCounts: Record<string, number>): string | null {
  let best: string | null = null
  for (const m of available) {
    if (best === null || (openCounts[m] ?? 0) < (openCounts[best] ?? 0)) best = m
  }
  return best
}

/**
 * Where a ticket for `agentId` goes: to them, or, when they are away and named a delegate who is
 * not away, to the delegate with `delegated_from_id` naming them (both see it in "assigned to me").
 * Followed once: a delegate's own delegate is not used, so there is no chain to loop on.
 */
export function delegateFor(
  agentId: string,
  statuses: AgentStatus[],
  now: Date
): { assignee_id: string; delegated_from_id: string | null } {
  const byId = new Map(statuses.map((s) => [s.user_id, s]))
  const status = byId.get(agentId)
  if (!isAway(status, now) || !status?.delegate_id || status.delegate_id === agentId) {
    return { assignee_id: agentId, delegated_from_id: null }
  }
  if (isAway(byId.get(status.delegate_id), now)) return { assignee_id: agentId, delegated_from_id: null }
  return { assignee_id: status.delegate_id, delegated_from_id: agentId }
}
