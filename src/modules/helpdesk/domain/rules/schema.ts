import { z } from "@medusajs/framework/zod"
import { TICKET_CHANNELS, TICKET_PRIORITIES, TICKET_STATUSES } from "../constants"
import { safeText } from "../text"

/**
 * Rules are stored as data (support_rule.conditions / .actions) and read back through these
 * schemas, so the engine only ever sees shapes it knows. Conditions and actions are discriminated
 * unions: an unknown field, operator or action type fails validation (the routes answer 400).
 */

export const RULE_TRIGGERS = ["ticket.created", "ticket.customer_replied", "ticket.status_changed", "ticket.idle"] as const
export type RuleTrigger = (typeof RULE_TRIGGERS)[number]

// Medusa's OrderStatus values (2.21.2).
export const ORDER_STATUSES = ["pending", "completed", "draft", "archived", "canceled", "requires_action"] as const

export const MAX_CONDITIONS = 30
export const MAX_ACTIONS = 20
const LIST_MAX = 50

const word = safeText({ min: 1, max: 200, trim: true })
const id = safeText({ min: 1, max: 100, trim: true })
const tag = safeText({ min: 1, max: 50, trim: true })
const category = safeText({ min: 1, max: 100, trim: true })
const localeTag = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/, "must be a language tag such as en or ko-KR")

const oneOrMany = <T extends z.ZodTypeAny>(one: T) => z.union([one, z.array(one).min(1).max(LIST_MAX)])

const isOrNot = z.enum(["is", "is_not"])

export const RuleCondition = z.discriminatedUnion("field", [
  z.object({ field: z.literal("channel"), op: isOrNot, value: oneOrMany(z.enum(TICKET_CHANNELS)) }).strict(),
  z.object({ field: z.literal("status"), op: isOrNot, value: oneOrMany(z.enum(TICKET_STATUSES)) }).strict(),
  z
    .object({ field: z.literal("priority"), op: z.enum(["is", "is_not", "at_least", "at_most"]), value: oneOrMany(z.enum(TICKET_PRIORITIES)) })
    .strict()
    .refine((c) => !(c.op === "at_least" || c.op === "at_most") || !Array.isArray(c.value), {
      message: "at_least / at_most take one priority",
      path: ["value"],
    }),
  z
    .object({ field: z.literal("category"), op: z.enum(["is", "is_not", "is_empty", "is_set"]), value: oneOrMany(category).optional() })
    .strict()
    .refine((c) => (c.op === "is" || c.op === "is_not") === (c.value !== undefined), {
      message: "is / is_not take a value, is_empty / is_set none",
      path: ["value"],
    }),
  z.object({ field: z.literal("subject"), op: z.enum(["contains", "not_contains"]), value: oneOrMany(word) }).strict(),
  z.object({ field: z.literal("body"), op: z.enum(["contains", "not_contains"]), value: oneOrMany(word) }).strict(),
  z.object({ field: z.literal("subject_or_body"), op: z.enum(["contains", "not_contains"]), value: oneOrMany(word) }).strict(),
  z.object({ field: z.literal("locale"), op: isOrNot, value: oneOrMany(localeTag) }).strict(),
  z.object({ field: z.literal("tags"), op: z.enum(["contains", "not_contains"]), value: oneOrMany(tag) }).strict(),
  z.object({ field: z.literal("customer_group"), op: isOrNot, value: oneOrMany(id) }).strict(),
  z
    .object({ field: z.literal("order_total"), op: z.enum(["gt", "gte", "lt", "lte", "eq"]), value: z.number().finite().min(0).max(1e12) })
    .strict(),
  z.object({ field: z.literal("order_status"), op: isOrNot, value: oneOrMany(z.enum(ORDER_STATUSES)) }).strict(),
  z.object({ field: z.literal("first_ticket"), op: z.literal("is"), value: z.boolean() }).strict(),
  z
    .object({ field: z.literal("business_hours"), op: z.literal("is"), value: z.enum(["inside", "outside"]), business_hours_id: id.optional() })
    .strict(),
])
export type RuleCondition = z.infer<typeof RuleCondition>
export type RuleConditionField = RuleCondition["field"]

/** The engine's fields, for the admin editor and the docs. */
export const RULE_CONDITION_FIELDS = [
  "channel",
  "status",
  "priority",
  "category",
  "subject",
  "body",
  "subject_or_body",
  "locale",
  "tags",
  "customer_group",
  "order_total",
  "order_status",
  "first_ticket",
  "business_hours",
] as const satisfies readonly RuleConditionField[]

export const RuleConditions = z
  .object({
    all: z.array(RuleCondition).max(MAX_CONDITIONS).optional(),
    any: z.array(RuleCondition).max(MAX_CONDITIONS).optional(),
  })
  .strict()
export type RuleConditions = z.infer<typeof RuleConditions>

export const AssignTarget = z.union([
  z.object({ agent_id: id }).strict(),
  z.object({ group_id: id }).strict(),
])
export type AssignTarget = z.infer<typeof AssignTarget>

export const RuleAction = z.discriminatedUnion("type", [
  z.object({ type: z.literal("assign"), value: AssignTarget }).strict(),
  z.object({ type: z.literal("set_priority"), value: z.enum(TICKET_PRIORITIES) }).strict(),
  z.object({ type: z.literal("set_category"), value: category.nullable() }).strict(),
  z.object({ type: z.literal("add_tag"), value: tag }).strict(),
  // The canned reply's id; rendered with the ticket's placeholders and posted publicly.
  z.object({ type: z.literal("send_canned_reply"), value: id }).strict(),
  z.object({ type: z.literal("set_status"), value: z.enum(TICKET_STATUSES) }).strict(),
  z.object({ type: z.literal("add_note"), value: safeText({ min: 1, max: 5000, trim: true }) }).strict(),
])
export type RuleAction = z.infer<typeof RuleAction>
export type RuleActionType = RuleAction["type"]
export const RULE_ACTION_TYPES = [
  "assign",
  "set_priority",
  "set_category",
  "add_tag",
  "send_canned_reply",
  "set_status",
  "add_note",
] as const satisfies readonly RuleActionType[]

export const RuleActions = z.array(RuleAction).min(1).max(MAX_ACTIONS)

const ruleName = safeText({ min: 1, max: 200, trim: true })
const idleHours = z.number().int().min(1).max(24 * 365)
const position = z.number().int().min(0).max(1_000_000)

const ruleFields = {
  name: ruleName,
  description: safeText({ max: 1000, trim: true }).nullable().optional(),
  trigger: z.enum(RULE_TRIGGERS),
  conditions: RuleConditions.default({}),
  actions: RuleActions,
  /** ticket.idle: fires once the ticket has had no change for this many hours... */
  idle_hours: idleHours.nullable().optional(),
  /** ...while in this status (any status when absent). */
  idle_status: z.enum(TICKET_STATUSES).nullable().optional(),
  position: position.optional(),
  enabled: z.boolean().optional(),
}

function idleRule(rule: { trigger?: RuleTrigger; idle_hours?: number | null; idle_status?: unknown }, ctx: z.RefinementCtx) {
  if (rule.trigger === "ticket.idle" && !rule.idle_hours) {
    ctx.addIssue({ code: "custom", path: ["idle_hours"], message: "ticket.idle rules need idle_hours" })
  }
  if (rule.trigger && rule.trigger !== "ticket.idle" && (rule.idle_hours || rule.idle_status)) {
    ctx.addIssue({ code: "custom", path: ["idle_hours"], message: "idle_hours and idle_status are for ticket.idle rules" })
  }
}

/** A new rule (POST /admin/support/rules, createRulesWorkflow). */
export const RuleInput = z.object(ruleFields).strict().superRefine(idleRule)
export type RuleInput = z.infer<typeof RuleInput>

/** A change to a rule: any of its fields. The trigger/idle pairing is checked against the stored rule. */
export const RuleUpdate = z
  .object({
    ...ruleFields,
    name: ruleName.optional(),
    trigger: ruleFields.trigger.optional(),
    conditions: RuleConditions.optional(),
    actions: RuleActions.optional(),
  })
  .strict()
export type RuleUpdate = z.infer<typeof RuleUpdate>

/** A rule as the engine reads it (a stored row parsed again, so old rows with unknown shapes are skipped). */
export type Rule = {
  id: string
  name: string
  trigger: RuleTrigger
  conditions: RuleConditions
  actions: RuleAction[]
  position: number
  enabled: boolean
  idle_hours?: number | null
  idle_status?: (typeof TICKET_STATUSES)[number] | null
}

/** Parses a stored row; null when it no longer matches the schema (it is then never run). */
export function parseStoredRule(row: Record<string, any>): Rule | null {
  const conditions = RuleConditions.safeParse(row.conditions ?? {})
  const actions = RuleActions.safeParse(row.actions ?? [])
  const trigger = z.enum(RULE_TRIGGERS).safeParse(row.trigger)
  if (!conditions.success || !actions.success || !trigger.success) return null
  return {
    id: row.id,
    name: row.name,
    trigger: trigger.data,
    conditions: conditions.data,
    actions: actions.data,
    position: Number(row.position ?? 0),
    enabled: !!row.enabled,
    idle_hours: row.idle_hours ?? null,
    idle_status: row.idle_status ?? null,
  }
}
