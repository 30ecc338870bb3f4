import { TICKET_PRIORITIES, TicketChannel, TicketPriority, TicketStatus } from "../constants"
import { normalizeText } from "../search-tokens"
import { AssignTarget, Rule, RuleAction, RuleCondition, RuleConditions, RuleTrigger } from "./schema"

/**
 * The rule engine: pure evaluation of stored rules against one ticket's facts. No I/O; the
 * workflow (workflows/rules) loads the facts the rules need and applies the plan.
 *
 * Rules run in `position` order; each matching rule's actions are folded into the facts before
 * the next rule is evaluated, so a later rule sees what an earlier one set (priority, category,
 * tags, status). Loop safety: the chain (carried in the events the rule run emits) names the
 * rules that already ran in it, which never run again in that chain, and a run at MAX_RULE_DEPTH
 * runs nothing.
 */

export const MAX_RULE_DEPTH = 3

export type RuleChain = { depth: number; rule_ids: string[] }

export type RuleFacts = {
  channel: TicketChannel
  status: TicketStatus
  priority: TicketPriority
  category: string | null
  subject: string
  /** The message that triggered the run (or the first one for a new ticket). */
  body: string
  locale: string | null
  tags: string[]
  /** Loaded only when a rule asks (factsNeeded). */
  customer_group_ids?: string[]
  order?: { total: number | null; status: string | null } | null
  first_ticket?: boolean
  /** Keyed by business_hours_id ("default" when the condition names none). */
  in_business_hours?: Record<string, boolean>
}

export type ExtraFact = "customer_group" | "order" | "first_ticket" | "business_hours" | "body"

/** What the rules of a run need beyond the ticket row, so nothing else is loaded. */
export function factsNeeded(rules: Rule[]): { extras: Set<ExtraFact>; business_hours_ids: Set<string> } {
  const extras = new Set<ExtraFact>()
  const business_hours_ids = new Set<string>()
  for (const rule of rules) {
    for (const c of [...(rule.conditions.all ?? []), ...(rule.conditions.any ?? [])]) {
      if (c.field === "customer_group") extras.add("customer_group")
      else if (c.field === "order_total" || c.field === "order_status") extras.add("order")
      else if (c.field === "first_ticket") extras.add("first_ticket")
      else if (c.field === "body" || c.field === "subject_or_body") extras.add("body")
      else if (c.field === "business_hours") {
        extras.add("business_hours")
        business_hours_ids.add(c.business_hours_id ?? "default")
      }
    }
  }
  return { extras, business_hours_ids }
}

const list = <T>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v])
const fold = (s: string) => normalizeText(s).replace(/\s+/g, " ").trim()

function containsAny(text: string, needles: string[]): boolean {
  const hay = fold(text)
  return needles.some((n) => {
    const needle = fold(n)
    return needle.length > 0 && hay.includes(needle)
  })
}

/** "ko" matches "ko-KR"; "ko-KR" matches only itself (case-insensitive). */
function localeMatches(locale: string | null, wanted: string): boolean {
  if (!locale) return false
  const have = locale.replace(/_/g, "-").toLowerCase()
  const want = wanted.replace(/_/g, "-").toLowerCase()
  return have === want || (!want.includes("-") && have.split("-")[0] === want)
}

const rank = (p: TicketPriority) => TICKET_PRIORITIES.indexOf(p)

/** One condition; a fact that could not be known (no order, no customer) does not match positively. */
export function conditionMatches(c: RuleCondition, f: RuleFacts): boolean {
  const is = (hit: boolean, op: string) => (op === "is_not" ? !hit : hit)
  switch (c.field) {
    case "channel":
      return is(list(c.value).includes(f.channel), c.op)
    case "status":
      return is(list(c.value).includes(f.status), c.op)
    case "priority":
      if (c.op === "at_least") return rank(f.priority) >= rank(c.value as TicketPriority)
      if (c.op === "at_most") return rank(f.priority) <= rank(c.value as TicketPriority)
      return is(list(c.value).includes(f.priority), c.op)
    case "category": {
      if (c.op === "is_empty") return !f.category
      if (c.op === "is_set") return !!f.category
      const have = f.category ? fold(f.category) : null
      return is(!!have && list(c.value!).some((v) => fold(v) === have), c.op)
    }
    case "subject":
      return c.op === "contains" ? containsAny(f.subject, list(c.value)) : !containsAny(f.subject, list(c.value))
    case "body":
      return c.op === "contains" ? containsAny(f.body, list(c.value)) : !containsAny(f.body, list(c.value))
    case "subject_or_body": {
      const hit = containsAny(f.subject, list(c.value)) || containsAny(f.body, list(c.value))
      return c.op === "contains" ? hit : !hit
    }
    case "locale":
      return is(list(c.value).some((v) => localeMatches(f.locale, v)), c.op)
    case "tags": {
      const tags = new Set(f.tags.map(fold))
      const hit = list(c.value).some((t) => tags.has(fold(t)))
      return c.op === "contains" ? hit : !hit
    }
    case "customer_group": {
      const groups = f.customer_group_ids ?? []
      return is(list(c.value).some((g) => groups.includes(g)), c.op)
    }
    case "order_total": {
      const total = f.order?.total
      if (total === null || total === undefined) return false
      switch (c.op) {
        case "gt":
          return total > c.value
        case "gte":
          return total >= c.value
        case "lt":
          return total < c.value
        case "lte":
          return total <= c.value
        case "eq":
          return total === c.value
      }
      return false
    }
    case "order_status": {
      const status = f.order?.status
      if (!status) return c.op === "is_not"
      return is(list(c.value).includes(status as never), c.op)
    }
    case "first_ticket":
      return f.first_ticket === undefined ? false : f.first_ticket === c.value
    case "business_hours": {
      const inside = f.in_business_hours?.[c.business_hours_id ?? "default"]
      if (inside === undefined) return false
      return c.value === "inside" ? inside : !inside
    }
  }
}

/** `all` must all match and, when `any` has items, at least one of them; no conditions: always. */
export function conditionsMatch(conditions: RuleConditions, facts: RuleFacts): boolean {
  const all = conditions.all ?? []
  const any = conditions.any ?? []
  return all.every((c) => conditionMatches(c, facts)) && (any.length === 0 || any.some((c) => conditionMatches(c, facts)))
}

export type RulePlan = {
  fired: { id: string; name: string; actions: RuleAction[] }[]
  /** Columns to set on the ticket (last rule wins). */
  set: { priority?: TicketPriority; category?: string | null }
  status?: TicketStatus
  add_tags: string[]
  assign?: AssignTarget
  canned_reply_ids: string[]
  notes: string[]
  /** Why nothing ran at all, when so. */
  skipped?: "depth"
}

export function emptyPlan(): RulePlan {
  return { fired: [], set: {}, add_tags: [], canned_reply_ids: [], notes: [] }
}

/**
 * Evaluates `rules` (any order; sorted here) for `trigger`: enabled rules of that trigger, not
 * already in the chain, in position order, each seeing the facts as the earlier ones left them.
 * `only` restricts the run to some rules (the idle job fires one rule per idle period).
 */
export function planRules(
  rules: Rule[],
  facts: RuleFacts,
  ctx: { trigger: RuleTrigger; chain?: RuleChain | null; only?: string[] }
): RulePlan {
  const plan = emptyPlan()
  const chain = ctx.chain ?? { depth: 0, rule_ids: [] }
  if (chain.depth >= MAX_RULE_DEPTH) return { ...plan, skipped: "depth" }
  const seen = new Set(chain.rule_ids)
  const current: RuleFacts = { ...facts, tags: [...facts.tags] }
  const ordered = rules
    .filter((r) => r.enabled && r.trigger === ctx.trigger && !seen.has(r.id) && (!ctx.only || ctx.only.includes(r.id)))
    .sort((a, b) => a.position - b.position || a.id.localeCompare(b.id))
  for (const rule of ordered) {
    if (!conditionsMatch(rule.conditions, current)) continue
    plan.fired.push({ id: rule.id, name: rule.name, actions: rule.actions })
    for (const action of rule.actions) applyAction(plan, current, action)
  }
  return plan
}

function applyAction(plan: RulePlan, facts: RuleFacts, action: RuleAction) {
  switch (action.type) {
    case "set_priority":
      plan.set.priority = action.value
      facts.priority = action.value
      return
    case "set_category":
      plan.set.category = action.value
      facts.category = action.value
      return
    case "add_tag":
      if (!facts.tags.includes(action.value)) facts.tags.push(action.value)
      if (!plan.add_tags.includes(action.value)) plan.add_tags.push(action.value)
      return
    case "set_status":
      plan.status = action.value
      facts.status = action.value
      return
    case "assign":
      plan.assign = action.value
      return
    case "send_canned_reply":
      if (!plan.canned_reply_ids.includes(action.value)) plan.canned_reply_ids.push(action.value)
      return
    case "add_note":
      plan.notes.push(action.value)
      return
  }
}

/** The chain the events of this run carry: one level deeper, with the rules that fired. */
export function nextChain(chain: RuleChain | null | undefined, plan: RulePlan): RuleChain {
  const base = chain ?? { depth: 0, rule_ids: [] }
  return { depth: base.depth + 1, rule_ids: [...new Set([...base.rule_ids, ...plan.fired.map((r) => r.id)])] }
}

/** Reads a chain from event data; anything malformed counts as a fresh chain... */
export function chainFromEvent(data: unknown): RuleChain | null {
  const raw = (data as { rule_chain?: unknown } | null)?.rule_chain as Partial<RuleChain> | undefined
  if (!raw || typeof raw !== "object") return null
  const depth = Number(raw.depth)
  const ids = Array.isArray(raw.rule_ids) ? raw.rule_ids.filter((x): x is string => typeof x === "string") : []
  // ...except a depth, which only grows: an unreadable one stops the chain.
  return { depth: Number.isFinite(depth) && depth >= 0 ? depth : MAX_RULE_DEPTH, rule_ids: ids }
}

/** The agent-only timeline line of a run. */
export function describeRun(plan: RulePlan): string {
  return plan.fired.map((r) => `Rule "${r.name}" ran: ${r.actions.map(describeAction).join(", ")}`).join("\n")
}

function describeAction(a: RuleAction): string {
  switch (a.type) {
    case "assign":
      return "agent_id" in a.value ? `assign to ${a.value.agent_id}` : `assign to group ${a.value.group_id}`
    case "set_priority":
      return `priority ${a.value}`
    case "set_category":
      return a.value ? `category ${a.value}` : "no category"
    case "add_tag":
      return `tag ${a.value}`
    case "send_canned_reply":
      return `canned reply ${a.value}`
    case "set_status":
      return `status ${a.value}`
    case "add_note":
      return "internal note"
  }
}
