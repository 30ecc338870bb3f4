import { addBusinessMinutes, BusinessHoursSpec, businessMinutesBetween } from "../business-time"

/**
 * SLA clocks of a ticket as pure functions of its stored times (docs/automation.md):
 *
 * - The response clock runs from `sla_response_started_at` (creation, or a shopper's reply that
 *   moved the ticket back to open from pending/solved/closed) until an agent's public reply; its
 *   due time is that start plus the policy's first-response target in business time.
 * - The resolution clock counts business time from creation while the ticket is `open`; it is
 *   paused in every other status (pending waits on the shopper; solved/closed are done) and the
 *   business minutes of finished pauses are added to the target, so the due time is
 *   `created_at + resolution target + paused minutes` whenever it runs.
 *
 * Nothing depends on process memory: the same stored row gives the same due times after a restart.
 */

/** What an admin may set on an SLA policy (create and update). */
export const SLA_POLICY_EDITABLE_FIELDS = [
  "name",
  "priority",
  "channel",
  "customer_group_id",
  "first_response_minutes",
  "resolution_minutes",
  "business_hours_id",
  "position",
  "enabled",
] as const

export type SlaPolicyLike = {
  id: string
  priority?: string | null
  channel?: string | null
  customer_group_id?: string | null
  first_response_minutes: number
  resolution_minutes: number
  business_hours_id?: string | null
  position?: number | null
  enabled?: boolean | null
  created_at?: Date | string | null
}

export type SlaTicketLike = {
  priority?: string | null
  channel?: string | null
}

/** The enabled policy with the lowest position (then the oldest) that matches the ticket. */
export function pickSlaPolicy<P extends SlaPolicyLike>(
  policies: readonly P[],
  ticket: SlaTicketLike,
  customerGroupIds: readonly string[] = []
): P | null {
  const sorted = policies
    .filter((p) => p.enabled !== false)
    .sort(
      (a, b) =>
        (a.position ?? 0) - (b.position ?? 0) ||
        new Date(a.created_at ?? 0).getTime() - new Date(b.created_at ?? 0).getTime() ||
        a.id.localeCompare(b.id)
    )
  return (
    sorted.find(
      (p) =>
        (!p.priority || p.priority === ticket.priority) &&
        (!p.channel || p.channel === ticket.channel) &&
        (!p.customer_group_id || customerGroupIds.includes(p.customer_group_id))
    ) ?? null
  )
}

export type SlaColumns = {
  sla_policy_id: string | null
  first_response_due_at: Date | null
  resolution_due_at: Date | null
  sla_response_started_at: Date | null
  sla_paused_at: Date | null
  sla_paused_minutes: number
}

export const SLA_COLUMNS = [
  "sla_policy_id",
  "first_response_due_at",
  "resolution_due_at",
  "sla_response_started_at",
  "sla_paused_at",
  "sla_paused_minutes",
] as const satisfies readonly (keyof SlaColumns)[]

export type SlaStoredState = Partial<Record<keyof SlaColumns, unknown>> & {
  created_at: Date | string
  status: string
}

/** What happened to the ticket in the write the clocks follow. */
export type SlaChange = {
  at: Date
  /** The status before the write; null when the ticket was just created. */
  from_status: string | null
  /** The status after it. */
  to_status: string
  /** A public reply in this write: an agent's stops the response clock, a shopper's may restart it. */
  reply?: "agent" | "customer" | null
}

const date = (v: unknown): Date | null => (v === null || v === undefined ? null : new Date(v as string))

/**
 * The SLA columns after a change, from the stored row, the change and the ticket's policy (with
 * its business hours, null = around the clock). Without a policy every clock is off.
 */
export function planSlaClocks(
  stored: SlaStoredState,
  change: SlaChange,
  target: { policy: SlaPolicyLike; hours: BusinessHoursSpec | null } | null
): SlaColumns {
  if (!target) {
    return {
      sla_policy_id: null,
      first_response_due_at: null,
      resolution_due_at: null,
      sla_response_started_at: null,
      sla_paused_at: null,
      sla_paused_minutes: Number(stored.sla_paused_minutes ?? 0),
    }
  }
  const { policy, hours } = target
  const created = change.from_status === null
  const running = change.to_status === "open"
  let pausedAt = created ? null : date(stored.sla_paused_at)
  let pausedMinutes = created ? 0 : Number(stored.sla_paused_minutes ?? 0)
  let responseStart = created ? new Date(stored.created_at) : date(stored.sla_response_started_at)

  if (running && pausedAt) {
    // Hundredths of a minute: what the float4 column keeps exactly enough to compare.
    pausedMinutes = Math.round((pausedMinutes + businessMinutesBetween(pausedAt, change.at, hours)) * 100) / 100
    pausedAt = null
  } else if (!running && !pausedAt) {
    pausedAt = created ? new Date(stored.created_at) : change.at
  }

  const reopened = !created && change.from_status !== "open" && running
  if (change.reply === "customer" && reopened) responseStart = change.at
  if (change.reply === "agent" || !running) responseStart = null

  return {
    sla_policy_id: policy.id,
    first_response_due_at: responseStart ? addBusinessMinutes(responseStart, policy.first_response_minutes, hours) : null,
    resolution_due_at: running
      ? addBusinessMinutes(stored.created_at, policy.resolution_minutes + pausedMinutes, hours)
      : null,
    sla_response_started_at: responseStart,
    sla_paused_at: pausedAt,
    sla_paused_minutes: pausedMinutes,
  }
}

/** Which clocks of a stored row are overdue at `now` (what the breach job records). */
export function overdueClocks(
  row: { first_response_due_at?: unknown; resolution_due_at?: unknown },
  now: Date
): Array<"first_response" | "resolution"> {
  const out: Array<"first_response" | "resolution"> = []
  const fr = date(row.first_response_due_at)
  const res = date(row.resolution_due_at)
  if (fr && fr.getTime() <= now.getTime()) out.push("first_response")
  if (res && res.getTime() <= now.getTime()) out.push("resolution")
  return out
}
