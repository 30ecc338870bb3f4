import { z } from "@medusajs/framework/zod"
import { TicketPriority, TicketStatus } from "../constants"

/**
 * The inbox's priority score (docs/automation.md "Priority for rare writers"): the explicit
 * priority, how close the SLA clock is to its due time, and a bonus for requesters who rarely
 * write. Pure: the caller passes the time, the ticket's columns and how many tickets its requester
 * opened in the window. The score and its parts are stored on the ticket (priority_score,
 * priority_explanation) so the inbox sorts on an index.
 */

/** Settings -> Support section `priority` (support_setting row "priority"). */
export const PRIORITY_SETTING = "priority"

export const PrioritySettingsSchema = z
  .object({
    /** Multiplies the rare-writer bonus; 0 switches it off. */
    rare_writer_weight: z.number().finite().min(0).max(10),
    /** How far back a requester's tickets are counted. */
    window_days: z.number().int().min(1).max(365),
  })
  .strict()
export type PrioritySettings = z.infer<typeof PrioritySettingsSchema>

export const PrioritySettingsInputSchema = PrioritySettingsSchema.partial().strict()
export type PrioritySettingsInput = z.infer<typeof PrioritySettingsInputSchema>

export const DEFAULT_PRIORITY_SETTINGS: PrioritySettings = { rare_writer_weight: 1, window_days: 30 }

/** What is stored, read leniently: a malformed row gives the defaults rather than an error. */
export function parsePrioritySettings(value: unknown): PrioritySettings {
  const parsed = PrioritySettingsInputSchema.safeParse(value ?? {})
  return { ...DEFAULT_PRIORITY_SETTINGS, ...(parsed.success ? parsed.data : {}) }
}

export function mergePrioritySettings(current: PrioritySettings, change: PrioritySettingsInput): PrioritySettings {
  return { ...current, ...change }
}

/** The explicit priority is the base: one level outweighs any SLA urgency or rare-writer bonus... */
export const PRIORITY_POINTS: Record<TicketPriority, number> = { low: 100, normal: 200, high: 300, urgent: 400 }
/** ...except together: an overdue ticket of a first-time writer (+150 +100) passes one level up. */
export const SLA_MAX_POINTS = 150
/** The SLA part grows over the last day before the due time and is full once overdue. */
export const SLA_HORIZON_MINUTES = 24 * 60
/** The bonus of a requester with one ticket in the window, at weight 1; n tickets get 1/n of it. */
export const RARE_WRITER_POINTS = 100
/** Up to this many tickets in the window a requester counts as a rare writer (the explanation's wording). */
export const RARE_WRITER_MAX_TICKETS = 2

export type PriorityInput = {
  priority: TicketPriority
  status: TicketStatus
  first_response_due_at?: Date | string | null
  resolution_due_at?: Date | string | null
  /** Tickets the requester opened in the window, this one included (at least 1). */
  requester_tickets: number
}

export type PriorityExplanation = {
  score: number
  priority: { level: TicketPriority; points: number }
  sla: { clock: "first_response" | "resolution" | null; minutes_left: number | null; points: number }
  requester: { tickets: number; days: number; weight: number; rare: boolean; points: number }
  /** The same in English, e.g. "priority normal (+200); rare writer: 1 ticket in 30 days (+100)". */
  summary: string
}

const time = (v: Date | string | null | undefined) => (v ? new Date(v).getTime() : null)

/** The clock nearest its due time: an owed first response, else the resolution. */
function runningClock(input: PriorityInput): { clock: "first_response" | "resolution"; due: number } | null {
  if (input.status !== "open" && input.status !== "pending") return null
  const first = time(input.first_response_due_at)
  const resolution = time(input.resolution_due_at)
  if (first !== null && (resolution === null || first <= resolution)) return { clock: "first_response", due: first }
  if (resolution !== null) return { clock: "resolution", due: resolution }
  return null
}

function describeMinutes(minutes: number): string {
  const abs = Math.abs(minutes)
  const text = abs >= 1440 ? `${Math.round(abs / 1440)} d` : abs >= 60 ? `${Math.round(abs / 60)} h` : `${abs} min`
  return minutes < 0 ? `overdue by ${text}` : `due in ${text}`
}

export function scorePriority(input: PriorityInput, settings: PrioritySettings, now: Date): PriorityExplanation {
  const priorityPoints = PRIORITY_POINTS[input.priority] ?? PRIORITY_POINTS.normal

  const clock = runningClock(input)
  let slaPoints = 0
  let minutesLeft: number | null = null
  if (clock) {
    minutesLeft = Math.floor((clock.due - now.getTime()) / 60_000)
    const closeness = 1 - Math.min(Math.max(minutesLeft, 0), SLA_HORIZON_MINUTES) / SLA_HORIZON_MINUTES
    slaPoints = Math.round(SLA_MAX_POINTS * closeness)
  }

  const tickets = Math.max(1, Math.floor(input.requester_tickets))
  const writerPoints = Math.round((settings.rare_writer_weight * RARE_WRITER_POINTS) / tickets)
  const rare = tickets <= RARE_WRITER_MAX_TICKETS

  const parts = [`priority ${input.priority} (+${priorityPoints})`]
  if (clock) parts.push(`${clock.clock === "first_response" ? "first response" : "resolution"} ${describeMinutes(minutesLeft!)} (+${slaPoints})`)
  const plural = tickets === 1 ? "ticket" : "tickets"
  const writer = `${rare ? "rare" : "frequent"} writer: ${tickets} ${plural} in ${settings.window_days} days`
  parts.push(settings.rare_writer_weight > 0 ? `${writer} (+${writerPoints})` : `${writer} (not counted)`)

  return {
    score: priorityPoints + slaPoints + writerPoints,
    priority: { level: input.priority, points: priorityPoints },
    sla: { clock: clock?.clock ?? null, minutes_left: minutesLeft, points: slaPoints },
    requester: { tickets, days: settings.window_days, weight: settings.rare_writer_weight, rare, points: writerPoints },
    summary: parts.join("; "),
  }
}
