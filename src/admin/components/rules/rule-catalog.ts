import { TICKET_CHANNELS, TICKET_PRIORITIES, TICKET_STATUSES } from "../../lib/values"

/**
 * What the rule editor offers for each condition field and action type: the operators the
 * engine accepts (domain/rules/schema.ts, which answers 400 to anything else) and the kind of
 * value each takes, so the editor can show a checkbox list, a text box or a number.
 */

export type ValueKind =
  | { kind: "choices"; options: readonly string[]; labels?: string }
  | { kind: "words" }
  | { kind: "number" }
  | { kind: "boolean" }
  | { kind: "business_hours" }
  | { kind: "none" }

// Medusa's order statuses (2.21.2).
const ORDER_STATUSES = ["pending", "completed", "draft", "archived", "canceled", "requires_action"] as const

type FieldSpec = { ops: readonly string[]; value: ValueKind; noValueOps?: readonly string[]; singleOps?: readonly string[] }

export const CONDITION_FIELDS: Record<string, FieldSpec> = {
  channel: { ops: ["is", "is_not"], value: { kind: "choices", options: TICKET_CHANNELS, labels: "helpdesk.channel" } },
  status: { ops: ["is", "is_not"], value: { kind: "choices", options: TICKET_STATUSES, labels: "helpdesk.status" } },
  priority: {
    ops: ["is", "is_not", "at_least", "at_most"],
    value: { kind: "choices", options: TICKET_PRIORITIES, labels: "helpdesk.priority" },
    singleOps: ["at_least", "at_most"],
  },
  category: { ops: ["is", "is_not", "is_empty", "is_set"], value: { kind: "words" }, noValueOps: ["is_empty", "is_set"] },
  subject: { ops: ["contains", "not_contains"], value: { kind: "words" } },
  body: { ops: ["contains", "not_contains"], value: { kind: "words" } },
  subject_or_body: { ops: ["contains", "not_contains"], value: { kind: "words" } },
  locale: { ops: ["is", "is_not"], value: { kind: "words" } },
  tags: { ops: ["contains", "not_contains"], value: { kind: "words" } },
  customer_group: { ops: ["is", "is_not"], value: { kind: "words" } },
  order_total: { ops: ["gt", "gte", "lt", "lte", "eq"], value: { kind: "number" } },
  order_status: { ops: ["is", "is_not"], value: { kind: "choices", options: ORDER_STATUSES } },
  first_ticket: { ops: ["is"], value: { kind: "boolean" } },
  business_hours: { ops: ["is"], value: { kind: "business_hours" } },
}

export const ACTION_TYPES = ["assign", "set_priority", "set_category", "add_tag", "send_canned_reply", "set_status", "add_note"] as const
export type ActionType = (typeof ACTION_TYPES)[number]

/** A new condition on `field` with its first operator and an empty value. */
export function blankCondition(field: string) {
  const spec = CONDITION_FIELDS[field]
  const op = spec.ops[0]
  const value =
    spec.value.kind === "number" ? 0 : spec.value.kind === "boolean" ? true : spec.value.kind === "business_hours" ? "inside" : spec.value.kind === "choices" ? [] : ""
  return { field, op, value }
}

export function blankAction(type: ActionType): { type: ActionType; value: unknown } {
  switch (type) {
    case "assign":
      return { type, value: { agent_id: "" } }
    case "set_priority":
      return { type, value: "high" }
    case "set_status":
      return { type, value: "pending" }
    case "set_category":
      return { type, value: null }
    default:
      return { type, value: "" }
  }
}

/** Comma-separated words <-> the stored value: one word stays a string, several become a list. */
export function wordsToValue(text: string): string | string[] {
  const words = text.split(",").map((w) => w.trim()).filter(Boolean)
  return words.length === 1 ? words[0] : words
}

export function valueToWords(value: unknown): string {
  return Array.isArray(value) ? value.join(", ") : value == null ? "" : String(value)
}

export function valueToList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : value == null || value === "" ? [] : [String(value)]
}
