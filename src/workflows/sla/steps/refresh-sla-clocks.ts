import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BusinessHoursSpec } from "../../../modules/helpdesk/domain/business-time"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import { pickSlaPolicy, planSlaClocks, SLA_COLUMNS, SlaPolicyLike } from "../../../modules/helpdesk/domain/sla"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export const refreshSlaClocksStepId = "refresh-support-sla-clocks"

/** One ticket whose SLA clocks follow a write that just happened to it. */
export type SlaRefresh = {
  ticket_id: string
  /** The status before the write; null for a ticket just created. */
  from_status: string | null
  /** A public reply in this write. */
  reply?: "agent" | "customer" | null
  /** Pick the policy again (priority or channel changed). New tickets always pick one. */
  repick?: boolean
}

type Restore = { id: string; values: Record<string, unknown> }

const TICKET_FIELDS = ["id", "status", "priority", "channel", "customer_id", "created_at", ...SLA_COLUMNS]

// Stored times come back as Date objects, paused minutes as a real (float4): compare loosely.
const same = (a: unknown, b: unknown) => {
  const norm = (v: unknown) => (v instanceof Date ? v.getTime() : v ?? null)
  const x = norm(a)
  const y = norm(b)
  return typeof x === "number" && typeof y === "number" ? Math.abs(x - y) < 0.01 : x === y
}

/**
 * Moves the tickets' SLA clocks after a write (domain/sla: planSlaClocks), from the stored row and
 * the ticket's policy. Runs inside the ticket workflows after the ticket's own change, under its
 * lock; the compensation writes the previous values back.
 */
export const refreshSlaClocksStep = createStep(
  refreshSlaClocksStepId,
  async (items: SlaRefresh[], { container }) => {
    const restore: Restore[] = []
    if (!items?.length) return new StepResponse(restore, restore)
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const live = (await helpdesk.listSupportSlaPolicies({ enabled: true })) as unknown as SlaPolicyLike[]
    const tickets = await helpdesk.listSupportTickets({ id: items.map((i) => i.ticket_id) }, { select: TICKET_FIELDS })
    if (!live.length && !tickets.some((t: any) => t.sla_policy_id)) return new StepResponse(restore, restore)

    const storedPolicyIds = [...new Set(tickets.map((t: any) => t.sla_policy_id).filter(Boolean))] as string[]
    const stored = storedPolicyIds.length
      ? ((await helpdesk.listSupportSlaPolicies({ id: storedPolicyIds }, { withDeleted: true })) as unknown as SlaPolicyLike[])
      : []
    const hoursCache = new Map<string, BusinessHoursSpec | null>()
    const hoursOf = async (id: string | null | undefined) => {
      if (!id) return null
      if (!hoursCache.has(id)) {
        const [h] = await helpdesk.listSupportBusinessHours({ id }, { take: 1, withDeleted: true })
        hoursCache.set(id, h ? { timezone: h.timezone, intervals: h.intervals as any, holidays: h.holidays as string[] } : null)
      }
      return hoursCache.get(id)!
    }
    const byGroup = live.some((p) => p.customer_group_id)

    for (const item of items) {
      const ticket = tickets.find((t) => t.id === item.ticket_id) as any
      if (!ticket) continue
      let policy: SlaPolicyLike | null
      if (item.from_status === null || item.repick) {
        const groups = byGroup && ticket.customer_id ? await customerGroupIds(container, ticket.customer_id) : []
        policy = pickSlaPolicy(live, ticket, groups)
      } else {
        policy = stored.find((p) => p.id === ticket.sla_policy_id) ?? null
      }
      let next: Record<string, unknown>
      try {
        next = planSlaClocks(
          ticket,
          { at: item.from_status === null ? new Date(ticket.created_at) : new Date(), from_status: item.from_status, to_status: ticket.status, reply: item.reply },
          policy ? { policy, hours: await hoursOf(policy.business_hours_id) } : null
        )
      } catch {
        // A schedule that is never open long enough cannot give a due time: no clocks rather than a failed write.
        next = planSlaClocks(ticket, { at: new Date(), from_status: item.from_status, to_status: ticket.status }, null)
      }
      const values: Record<string, unknown> = {}
      const previous: Record<string, unknown> = {}
      for (const key of SLA_COLUMNS) {
        if (same(next[key], ticket[key])) continue
        values[key] = next[key]
        previous[key] = ticket[key] ?? null
      }
      if (!Object.keys(values).length) continue
      await helpdesk.updateTicketSlaColumns(ticket.id, values)
      restore.push({ id: ticket.id, values: previous })
    }
    return new StepResponse(restore, restore)
  },
  async (restore, { container }) => {
    if (!restore?.length) return
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    for (const { id, values } of [...restore].reverse()) await helpdesk.updateTicketSlaColumns(id, values)
  }
)

async function customerGroupIds(container: { resolve: (key: string) => any }, customerId: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: ["id", "groups.id"], filters: { id: customerId } })
  return ((data[0]?.groups ?? []) as { id: string }[]).filter(Boolean).map((g) => g.id)
}
