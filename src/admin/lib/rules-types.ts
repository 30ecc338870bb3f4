// The shapes of the rules, assignment-group and away routes (docs/api.md "Rules and assignment").

export const RULE_TRIGGERS = ["ticket.created", "ticket.customer_replied", "ticket.status_changed", "ticket.idle"] as const
export type RuleTrigger = (typeof RULE_TRIGGERS)[number]

/** One condition as stored: `value` is one item or a list, absent for is_empty / is_set. */
export type RuleCondition = { field: string; op: string; value?: unknown; business_hours_id?: string }
export type RuleAction = { type: string; value: unknown }

export type Rule = {
  id: string
  name: string
  description: string | null
  trigger: RuleTrigger
  conditions: { all?: RuleCondition[]; any?: RuleCondition[] }
  actions: RuleAction[]
  idle_hours: number | null
  idle_status: string | null
  position: number
  enabled: boolean
  created_at: string
  updated_at: string
}

export type RuleInput = Omit<Rule, "id" | "position" | "created_at" | "updated_at">

export type AssignmentGroup = { id: string; name: string; member_ids: string[]; strategy: "round_robin" | "fewest_open" }

export type AwayStatus = { user_id: string; away: boolean; until: string | null; delegate_id: string | null }
