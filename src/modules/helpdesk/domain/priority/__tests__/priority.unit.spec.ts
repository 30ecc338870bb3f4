import {
  DEFAULT_PRIORITY_SETTINGS,
  mergePrioritySettings,
  parsePrioritySettings,
  PrioritySettingsInputSchema,
  scorePriority,
} from ".."

const now = new Date("2026-12-05T12:00:00Z")
const inMinutes = (m: number) => new Date(now.getTime() + m * 60_000)
const base = { priority: "normal" as const, status: "open" as const, requester_tickets: 1 }

describe("scorePriority", () => {
  it("ranks a rare writer above a daily writer at the same priority", () => {
    const rare = scorePriority({ ...base, requester_tickets: 1 }, DEFAULT_PRIORITY_SETTINGS, now)
    const daily = scorePriority({ ...base, requester_tickets: 30 }, DEFAULT_PRIORITY_SETTINGS, now)
    expect(rare.score).toBe(300)
    expect(daily.score).toBe(203)
    expect(rare.summary).toBe("priority normal (+200); rare writer: 1 ticket in 30 days (+100)")
    expect(daily.summary).toBe("priority normal (+200); frequent writer: 30 tickets in 30 days (+3)")
    expect(rare.requester).toEqual({ tickets: 1, days: 30, weight: 1, rare: true, points: 100 })
  })

  it("weight 0 switches the rare-writer part off; the weight scales it", () => {
    const off = { ...DEFAULT_PRIORITY_SETTINGS, rare_writer_weight: 0 }
    const a = scorePriority({ ...base, requester_tickets: 1 }, off, now)
    const b = scorePriority({ ...base, requester_tickets: 30 }, off, now)
    expect(a.score).toBe(b.score)
    expect(a.requester.points).toBe(0)
    expect(a.summary).toContain("rare writer: 1 ticket in 30 days (not counted)")
    expect(scorePriority(base, { ...DEFAULT_PRIORITY_SETTINGS, rare_writer_weight: 2.5 }, now).requester.points).toBe(250)
  })

  it("the explicit priority outweighs a rare-writer bonus or a near due time alone", () => {
    const s = DEFAULT_PRIORITY_SETTINGS
    const highDaily = scorePriority({ ...base, priority: "high", requester_tickets: 30 }, s, now).score
    expect(scorePriority({ ...base, requester_tickets: 1 }, s, now).score).toBeLessThan(highDaily)
    expect(scorePriority({ ...base, requester_tickets: 30, first_response_due_at: inMinutes(-60) }, s, now).score).toBeLessThan(
      scorePriority({ ...base, priority: "high", requester_tickets: 30, first_response_due_at: inMinutes(-60) }, s, now).score
    )
    expect(scorePriority({ ...base, priority: "low" }, s, now).priority.points).toBe(100)
    expect(scorePriority({ ...base, priority: "urgent" }, s, now).priority.points).toBe(400)
  })

  it("the SLA part grows over the last day and is full when overdue", () => {
    const s = { ...DEFAULT_PRIORITY_SETTINGS, rare_writer_weight: 0 }
    const points = (m: number) => scorePriority({ ...base, first_response_due_at: inMinutes(m) }, s, now).sla.points
    expect(points(3 * 1440)).toBe(0)
    expect(points(1440)).toBe(0)
    expect(points(720)).toBe(75)
    expect(points(0)).toBe(150)
    expect(points(-600)).toBe(150)
    expect(points(720)).toBeLessThan(points(60))
    const late = scorePriority({ ...base, first_response_due_at: inMinutes(-90) }, s, now)
    expect(late.sla).toEqual({ clock: "first_response", minutes_left: -90, points: 150 })
    expect(late.summary).toContain("first response overdue by 2 h (+150)")
  })

  it("uses the nearer clock, and none when paused or done", () => {
    const s = DEFAULT_PRIORITY_SETTINGS
    const both = scorePriority({ ...base, first_response_due_at: inMinutes(600), resolution_due_at: inMinutes(60) }, s, now)
    expect(both.sla).toMatchObject({ clock: "resolution", minutes_left: 60 })
    expect(both.summary).toContain("resolution due in 1 h")
    expect(scorePriority({ ...base, status: "solved", resolution_due_at: inMinutes(-5) }, s, now).sla).toEqual({ clock: null, minutes_left: null, points: 0 })
    expect(scorePriority({ ...base }, s, now).sla.clock).toBeNull()
  })

  it("treats a count below one as this ticket alone", () => {
    expect(scorePriority({ ...base, requester_tickets: 0 }, DEFAULT_PRIORITY_SETTINGS, now).requester.tickets).toBe(1)
  })
})

describe("priority settings", () => {
  it("validates, defaults and merges", () => {
    expect(PrioritySettingsInputSchema.safeParse({ rare_writer_weight: -1 }).success).toBe(false)
    expect(PrioritySettingsInputSchema.safeParse({ rare_writer_weight: 11 }).success).toBe(false)
    expect(PrioritySettingsInputSchema.safeParse({ window_days: 0.5 }).success).toBe(false)
    expect(PrioritySettingsInputSchema.safeParse({ colour: "red" }).success).toBe(false)
    expect(PrioritySettingsInputSchema.safeParse({ rare_writer_weight: 0, window_days: 90 }).success).toBe(true)
    expect(parsePrioritySettings(null)).toEqual({ rare_writer_weight: 1, window_days: 30 })
    expect(parsePrioritySettings({ rare_writer_weight: "lots" })).toEqual(DEFAULT_PRIORITY_SETTINGS)
    expect(mergePrioritySettings(DEFAULT_PRIORITY_SETTINGS, { window_days: 90 })).toEqual({ rare_writer_weight: 1, window_days: 90 })
  })
})
