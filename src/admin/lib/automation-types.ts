import type { TicketPriority } from "./types"

/** A ticket's priority_explanation (domain/priority scorePriority). */
export type PriorityExplanation = {
  score: number
  priority: { level: TicketPriority; points: number }
  sla: { clock: "first_response" | "resolution" | null; minutes_left: number | null; points: number }
  requester: { tickets: number; days: number; weight: number; rare: boolean; points: number }
  summary: string
}

export type PrioritySettings = { rare_writer_weight: number; window_days: number }

export type AutoCloseSettings = {
  enabled: boolean
  solved_close_days: number
  pending_reminder_days: number
  pending_solve_days: number
}
