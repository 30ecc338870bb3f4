import {
  AutomateCannedReplyInput,
  automationRuleFor,
  DEFAULT_CANNED_EFFECTIVENESS_SETTINGS,
  effectivenessOrderSql,
  effectivenessStatus,
  mergeCannedEffectivenessSettings,
  parseCannedEffectivenessSettings,
  presentEffectiveness,
  rate,
  reachesThreshold,
} from ".."

const T = DEFAULT_CANNED_EFFECTIVENESS_SETTINGS

describe("canned-reply effectiveness settings", () => {
  it("defaults to 80 % over 20 uses and reads a bad row as the defaults", () => {
    expect(T).toEqual({ close_rate: 0.8, min_uses: 20 })
    expect(parseCannedEffectivenessSettings(undefined)).toEqual(T)
    expect(parseCannedEffectivenessSettings({ close_rate: 7 })).toEqual(T)
    expect(parseCannedEffectivenessSettings({ min_uses: 5 })).toEqual({ close_rate: 0.8, min_uses: 5 })
    expect(mergeCannedEffectivenessSettings(T, { close_rate: 0.5 })).toEqual({ close_rate: 0.5, min_uses: 20 })
  })
})

describe("thresholds", () => {
  it("counts exactly: 16 of 20 is 80 %, 7 of 10 reaches 70 %, 15 of 20 does not reach 80 %", () => {
    expect(reachesThreshold(16, 20, 0.8)).toBe(true)
    expect(reachesThreshold(7, 10, 0.7)).toBe(true)
    expect(reachesThreshold(15, 20, 0.8)).toBe(false)
    expect(reachesThreshold(0, 0, 0)).toBe(false)
    expect(rate(2, 3)).toBe(0.6667)
    expect(rate(1, 0)).toBeNull()
  })

  it("marks replies: measuring, ready to automate, automatic, needs review", () => {
    expect(effectivenessStatus({ uses: 19, closed: 19, automatic: false }, T)).toEqual({ status: "measuring", below_threshold: false })
    expect(effectivenessStatus({ uses: 20, closed: 16, automatic: false }, T)).toEqual({ status: "ready_to_automate", below_threshold: false })
    expect(effectivenessStatus({ uses: 20, closed: 15, automatic: false }, T)).toEqual({ status: "measuring", below_threshold: true })
    expect(effectivenessStatus({ uses: 3, closed: 0, automatic: true }, T)).toEqual({ status: "automatic", below_threshold: false })
    expect(effectivenessStatus({ uses: 25, closed: 24, automatic: true }, T)).toEqual({ status: "automatic", below_threshold: false })
    expect(effectivenessStatus({ uses: 25, closed: 10, automatic: true }, T)).toEqual({ status: "needs_review", below_threshold: true })
  })
})

describe("presentEffectiveness", () => {
  it("derives closed, the rates and the status from the counts", () => {
    const out = presentEffectiveness(
      {
        id: "supcr_1",
        title: "Tracking",
        uses: 4,
        automatic_uses: 1,
        solved_without_reply: 3,
        reopened: 1,
        answered: 2,
        positive: 1,
        scored: 2,
        average_score: 3.5,
        rule_ids: ["suprule_1"],
      },
      { close_rate: 0.5, min_uses: 4 }
    )
    expect(out).toMatchObject({
      closed: 2,
      close_rate: 0.5,
      reopen_rate: 0.3333,
      satisfaction: { answers: 2, positive: 1, positive_rate: 0.5, scored: 2, average: 3.5 },
      automatic: true,
      status: "automatic",
      below_threshold: false,
    })
  })
})

describe("effectivenessOrderSql", () => {
  it("maps each allowed order to fixed SQL and refuses anything else", () => {
    expect(effectivenessOrderSql("-uses")).toBe("coalesce(f.uses, 0) DESC NULLS LAST, c.id ASC")
    expect(effectivenessOrderSql("title")).toBe("c.title ASC NULLS LAST, c.id ASC")
    expect(() => effectivenessOrderSql("id; drop table x" as never)).toThrow()
  })
})

describe("automationRuleFor", () => {
  const reply = { id: "supcr_1", title: "Tracking" }

  it("builds an enabled ticket.created rule that sends the reply, conditions under all", () => {
    const condition = { field: "subject" as const, op: "contains" as const, value: "parcel" }
    expect(automationRuleFor(reply, { conditions: [condition] })).toEqual({
      name: "Automatic reply: Tracking",
      trigger: "ticket.created",
      conditions: { all: [condition] },
      actions: [{ type: "send_canned_reply", value: "supcr_1" }],
      enabled: true,
    })
    expect(automationRuleFor(reply, { conditions: [condition], match: "any", trigger: "ticket.customer_replied", name: "Mine" })).toMatchObject({
      name: "Mine",
      trigger: "ticket.customer_replied",
      conditions: { any: [condition] },
    })
    expect(automationRuleFor(reply, {}).conditions).toEqual({})
    expect(automationRuleFor({ id: "x", title: "t".repeat(300) }, {}).name).toHaveLength(200)
  })

  it("takes the rule schema's conditions and refuses what rules refuse", () => {
    expect(AutomateCannedReplyInput.safeParse({ conditions: [{ field: "subject", op: "contains", value: "x" }] }).success).toBe(true)
    for (const bad of [
      { conditions: [{ field: "shoe_size", op: "is", value: "42" }] },
      { trigger: "ticket.idle" },
      { match: "some" },
      { actions: [] },
    ]) {
      expect(AutomateCannedReplyInput.safeParse(bad).success).toBe(false)
    }
  })
})
