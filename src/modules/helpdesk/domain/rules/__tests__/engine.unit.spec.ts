import { chainFromEvent, conditionMatches, conditionsMatch, factsNeeded, MAX_RULE_DEPTH, nextChain, planRules, RuleFacts } from "../engine"
import { parseStoredRule, Rule, RuleCondition, RuleInput, RuleUpdate } from "../schema"

const facts = (over: Partial<RuleFacts> = {}): RuleFacts => ({
  channel: "web",
  status: "open",
  priority: "normal",
  category: null,
  subject: "Where is my refund?",
  body: "I returned the kettle two weeks ago.",
  locale: "en",
  tags: [],
  ...over,
})

const cond = (c: unknown) => RuleCondition.parse(c)

const rule = (over: Partial<Rule> & Pick<Rule, "id">): Rule => ({
  name: over.id,
  trigger: "ticket.created",
  conditions: {},
  actions: [{ type: "add_tag", value: over.id }],
  position: 0,
  enabled: true,
  ...over,
})

describe("rule schema", () => {
  const base = { name: "Refunds", trigger: "ticket.created", actions: [{ type: "add_tag", value: "refund" }] }

  it("accepts the documented shape", () => {
    const parsed = RuleInput.parse({ ...base, conditions: { all: [{ field: "subject", op: "contains", value: "refund" }] } })
    expect(parsed.conditions.all).toHaveLength(1)
  })

  it.each([
    ["an unknown field", { conditions: { all: [{ field: "shoe_size", op: "is", value: "42" }] } }],
    ["an unknown operator", { conditions: { any: [{ field: "subject", op: "matches_regex", value: ".*" }] } }],
    ["an operator of another field", { conditions: { all: [{ field: "channel", op: "contains", value: "web" }] } }],
    ["an unknown action", { actions: [{ type: "delete_ticket", value: true }] }],
    ["an extra key on a condition", { conditions: { all: [{ field: "subject", op: "contains", value: "x", sql: "1=1" }] } }],
    ["an unknown condition group", { conditions: { none: [] } }],
    ["a bad priority", { actions: [{ type: "set_priority", value: "critical" }] }],
    ["no actions", { actions: [] }],
    ["an idle rule without hours", { trigger: "ticket.idle" }],
    ["idle hours on another trigger", { idle_hours: 4 }],
    ["an unknown trigger", { trigger: "ticket.deleted" }],
    ["NUL in a value", { conditions: { all: [{ field: "subject", op: "contains", value: "a\u0000" }] } }],
  ])("refuses %s", (_, over) => {
    expect(RuleInput.safeParse({ ...base, ...over }).success).toBe(false)
  })

  it("an update may leave everything out but refuses unknown keys", () => {
    expect(RuleUpdate.safeParse({ enabled: false }).success).toBe(true)
    expect(RuleUpdate.safeParse({ colour: "red" }).success).toBe(false)
  })

  it("a stored row that no longer parses is not run", () => {
    expect(parseStoredRule({ id: "r", name: "r", trigger: "ticket.created", conditions: {}, actions: [{ type: "explode" }] })).toBeNull()
    expect(parseStoredRule({ id: "r", name: "r", trigger: "ticket.created", conditions: {}, actions: [{ type: "add_tag", value: "a" }], enabled: true })).not.toBeNull()
  })
})

describe("conditions", () => {
  it("contains ignores case and accents, in any script", () => {
    expect(conditionMatches(cond({ field: "subject", op: "contains", value: "REFUND" }), facts())).toBe(true)
    expect(conditionMatches(cond({ field: "subject", op: "contains", value: "επιστροφη" }), facts({ subject: "Θέλω ΕΠΙΣΤΡΟΦΉ χρημάτων" }))).toBe(true)
    expect(conditionMatches(cond({ field: "body", op: "contains", value: "환불" }), facts({ body: "환불요청합니다" }))).toBe(true)
    expect(conditionMatches(cond({ field: "body", op: "contains", value: "cafe" }), facts({ body: "Le CAFÉ est froid" }))).toBe(true)
    expect(conditionMatches(cond({ field: "body", op: "not_contains", value: "kettle" }), facts())).toBe(false)
    expect(conditionMatches(cond({ field: "subject_or_body", op: "contains", value: ["toaster", "kettle"] }), facts())).toBe(true)
  })

  it("enum fields: is / is_not, one value or a list", () => {
    expect(conditionMatches(cond({ field: "channel", op: "is", value: ["email", "web"] }), facts())).toBe(true)
    expect(conditionMatches(cond({ field: "channel", op: "is_not", value: "web" }), facts())).toBe(false)
    expect(conditionMatches(cond({ field: "status", op: "is", value: "pending" }), facts())).toBe(false)
  })

  it("priority compares by rank", () => {
    expect(conditionMatches(cond({ field: "priority", op: "at_least", value: "high" }), facts({ priority: "urgent" }))).toBe(true)
    expect(conditionMatches(cond({ field: "priority", op: "at_least", value: "high" }), facts({ priority: "normal" }))).toBe(false)
    expect(conditionMatches(cond({ field: "priority", op: "at_most", value: "normal" }), facts({ priority: "low" }))).toBe(true)
  })

  it("category, locale and tags", () => {
    expect(conditionMatches(cond({ field: "category", op: "is_empty" }), facts())).toBe(true)
    expect(conditionMatches(cond({ field: "category", op: "is", value: "Shipping" }), facts({ category: "shipping" }))).toBe(true)
    expect(conditionMatches(cond({ field: "locale", op: "is", value: "ko" }), facts({ locale: "ko-KR" }))).toBe(true)
    expect(conditionMatches(cond({ field: "locale", op: "is", value: "ko-KR" }), facts({ locale: "ko" }))).toBe(false)
    expect(conditionMatches(cond({ field: "tags", op: "contains", value: "VIP" }), facts({ tags: ["vip"] }))).toBe(true)
    expect(conditionMatches(cond({ field: "tags", op: "not_contains", value: "vip" }), facts({ tags: ["vip"] }))).toBe(false)
  })

  it("customer, order, first ticket and business hours; unknown facts never match positively", () => {
    expect(conditionMatches(cond({ field: "customer_group", op: "is", value: "cusgroup_vip" }), facts({ customer_group_ids: ["cusgroup_vip"] }))).toBe(true)
    expect(conditionMatches(cond({ field: "customer_group", op: "is", value: "cusgroup_vip" }), facts())).toBe(false)
    expect(conditionMatches(cond({ field: "order_total", op: "gte", value: 100 }), facts({ order: { total: 120, status: "pending" } }))).toBe(true)
    expect(conditionMatches(cond({ field: "order_total", op: "lt", value: 100 }), facts({ order: null }))).toBe(false)
    expect(conditionMatches(cond({ field: "order_status", op: "is", value: "canceled" }), facts({ order: { total: 1, status: "canceled" } }))).toBe(true)
    expect(conditionMatches(cond({ field: "order_status", op: "is_not", value: "canceled" }), facts({ order: null }))).toBe(true)
    expect(conditionMatches(cond({ field: "first_ticket", op: "is", value: true }), facts({ first_ticket: true }))).toBe(true)
    expect(conditionMatches(cond({ field: "first_ticket", op: "is", value: false }), facts())).toBe(false)
    expect(conditionMatches(cond({ field: "business_hours", op: "is", value: "outside" }), facts({ in_business_hours: { default: false } }))).toBe(true)
    expect(conditionMatches(cond({ field: "business_hours", op: "is", value: "inside" }), facts())).toBe(false)
  })

  it("all and any", () => {
    const refund = cond({ field: "subject", op: "contains", value: "refund" })
    const email = cond({ field: "channel", op: "is", value: "email" })
    const web = cond({ field: "channel", op: "is", value: "web" })
    expect(conditionsMatch({}, facts())).toBe(true)
    expect(conditionsMatch({ all: [refund, web] }, facts())).toBe(true)
    expect(conditionsMatch({ all: [refund, email] }, facts())).toBe(false)
    expect(conditionsMatch({ any: [email, refund] }, facts())).toBe(true)
    expect(conditionsMatch({ any: [email] }, facts())).toBe(false)
    expect(conditionsMatch({ all: [refund], any: [email] }, facts())).toBe(false)
    expect(conditionsMatch({ all: [refund], any: [email, web] }, facts())).toBe(true)
  })

  it("says which extra facts to load", () => {
    const needed = factsNeeded([
      rule({ id: "a", conditions: { all: [cond({ field: "order_total", op: "gt", value: 1 })], any: [cond({ field: "business_hours", op: "is", value: "inside" })] } }),
    ])
    expect([...needed.extras].sort()).toEqual(["business_hours", "order"])
    expect([...needed.business_hours_ids]).toEqual(["default"])
    expect(factsNeeded([rule({ id: "b" })]).extras.size).toBe(0)
  })
})

describe("planRules", () => {
  it("runs enabled rules of the trigger in position order, later ones seeing earlier changes", () => {
    const rules = [
      rule({ id: "second", position: 2, conditions: { all: [cond({ field: "priority", op: "is", value: "high" })] }, actions: [{ type: "add_tag", value: "escalated" }] }),
      rule({ id: "first", position: 1, conditions: { all: [cond({ field: "subject", op: "contains", value: "refund" })] }, actions: [{ type: "set_priority", value: "high" }] }),
      rule({ id: "off", position: 0, enabled: false }),
      rule({ id: "other-trigger", position: 0, trigger: "ticket.customer_replied" }),
    ]
    const plan = planRules(rules, facts(), { trigger: "ticket.created" })
    expect(plan.fired.map((r) => r.id)).toEqual(["first", "second"])
    expect(plan.set.priority).toBe("high")
    expect(plan.add_tags).toEqual(["escalated"])
  })

  it("an earlier rule's change can also stop a later one (order matters)", () => {
    const rules = [
      rule({ id: "a", position: 0, actions: [{ type: "add_tag", value: "seen" }] }),
      rule({ id: "b", position: 1, conditions: { all: [cond({ field: "tags", op: "not_contains", value: "seen" })] } }),
    ]
    expect(planRules(rules, facts(), { trigger: "ticket.created" }).fired.map((r) => r.id)).toEqual(["a"])
    const swapped = [{ ...rules[0], position: 2 }, rules[1]]
    expect(planRules(swapped, facts(), { trigger: "ticket.created" }).fired.map((r) => r.id)).toEqual(["b", "a"])
  })

  it("collects every kind of action; the last set_* wins", () => {
    const plan = planRules(
      [
        rule({
          id: "a",
          actions: [
            { type: "set_priority", value: "low" },
            { type: "set_category", value: "billing" },
            { type: "assign", value: { group_id: "g1" } },
            { type: "send_canned_reply", value: "cr1" },
            { type: "set_status", value: "pending" },
            { type: "add_note", value: "VIP, be quick" },
            { type: "add_tag", value: "x" },
            { type: "add_tag", value: "x" },
          ],
        }),
        rule({ id: "b", position: 1, actions: [{ type: "set_priority", value: "urgent" }, { type: "assign", value: { agent_id: "u1" } }] }),
      ],
      facts(),
      { trigger: "ticket.created" }
    )
    expect(plan).toMatchObject({
      set: { priority: "urgent", category: "billing" },
      status: "pending",
      add_tags: ["x"],
      assign: { agent_id: "u1" },
      canned_reply_ids: ["cr1"],
      notes: ["VIP, be quick"],
    })
  })

  it("loop guard: a rule that already ran in the chain never runs again in it", () => {
    const rules = [
      rule({ id: "reopen", trigger: "ticket.status_changed", actions: [{ type: "set_status", value: "open" }] }),
      rule({ id: "pend", trigger: "ticket.status_changed", position: 1, actions: [{ type: "set_status", value: "pending" }] }),
    ]
    const first = planRules(rules, facts(), { trigger: "ticket.status_changed" })
    expect(first.fired.map((r) => r.id)).toEqual(["reopen", "pend"])
    const chain = nextChain(null, first)
    expect(chain).toEqual({ depth: 1, rule_ids: ["reopen", "pend"] })
    expect(planRules(rules, facts({ status: "pending" }), { trigger: "ticket.status_changed", chain }).fired).toEqual([])
  })

  it("loop guard: nothing runs at the depth limit, and an unreadable depth stops the chain", () => {
    const rules = [rule({ id: "a" })]
    expect(planRules(rules, facts(), { trigger: "ticket.created", chain: { depth: MAX_RULE_DEPTH, rule_ids: [] } })).toMatchObject({ fired: [], skipped: "depth" })
    expect(planRules(rules, facts(), { trigger: "ticket.created", chain: { depth: MAX_RULE_DEPTH - 1, rule_ids: [] } }).fired).toHaveLength(1)
    expect(chainFromEvent({ id: "t" })).toBeNull()
    expect(chainFromEvent({ rule_chain: { depth: "x", rule_ids: ["a", 3] } })).toEqual({ depth: MAX_RULE_DEPTH, rule_ids: ["a"] })
    expect(chainFromEvent({ rule_chain: { depth: 1, rule_ids: ["a"] } })).toEqual({ depth: 1, rule_ids: ["a"] })
  })

  it("only: the idle job runs one rule", () => {
    const rules = [rule({ id: "a", trigger: "ticket.idle" }), rule({ id: "b", trigger: "ticket.idle" })]
    expect(planRules(rules, facts(), { trigger: "ticket.idle", only: ["b"] }).fired.map((r) => r.id)).toEqual(["b"])
  })
})
