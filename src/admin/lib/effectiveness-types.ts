// GET /admin/support/canned-effectiveness and POST .../:id/automate (docs/api.md).
import { RuleCondition, RuleTrigger } from "./rules-types"

export const EFFECTIVENESS_STATUSES = ["ready_to_automate", "automatic", "needs_review", "measuring"] as const
export type EffectivenessStatus = (typeof EFFECTIVENESS_STATUSES)[number]

export type CannedEffectiveness = {
  id: string
  title: string
  uses: number
  automatic_uses: number
  solved_without_reply: number
  reopened: number
  closed: number
  close_rate: number | null
  reopen_rate: number | null
  satisfaction: { answers: number; positive: number; positive_rate: number | null; scored: number; average: number | null }
  automatic: boolean
  rule_ids: string[]
  status: EffectivenessStatus
  below_threshold: boolean
}

export type EffectivenessThresholds = { close_rate: number; min_uses: number }

export type EffectivenessPage = {
  canned_replies: CannedEffectiveness[]
  thresholds: EffectivenessThresholds
  from: string
  to: string
  count: number
  limit: number
  offset: number
}

/** The triggers an automatic reply may answer (not ticket.idle). */
export const AUTOMATE_TRIGGERS = ["ticket.created", "ticket.customer_replied", "ticket.status_changed"] as const satisfies readonly RuleTrigger[]

export type AutomateInput = { conditions: RuleCondition[]; match: "all" | "any"; trigger: (typeof AUTOMATE_TRIGGERS)[number]; name?: string }
