import { BusinessHoursSpec } from "../../business-time"
import { overdueClocks, pickSlaPolicy, planSlaClocks, SlaPolicyLike } from ".."

const seoul: BusinessHoursSpec = {
  timezone: "Asia/Seoul",
  intervals: [1, 2, 3, 4, 5].map((day) => ({ day, start: "09:00", end: "18:00" })),
}
const policy: SlaPolicyLike = { id: "p1", first_response_minutes: 240, resolution_minutes: 1080 }
const iso = (d: Date | null) => d?.toISOString() ?? null

describe("pickSlaPolicy", () => {
  const policies: SlaPolicyLike[] = [
    { id: "any", first_response_minutes: 1, resolution_minutes: 1, position: 9 },
    { id: "urgent-email", priority: "urgent", channel: "email", first_response_minutes: 1, resolution_minutes: 1, position: 1 },
    { id: "vip", customer_group_id: "cg_vip", first_response_minutes: 1, resolution_minutes: 1, position: 0 },
    { id: "off", first_response_minutes: 1, resolution_minutes: 1, position: -1, enabled: false },
  ]
  it("takes the first matching enabled policy by position", () => {
    expect(pickSlaPolicy(policies, { priority: "urgent", channel: "email" })?.id).toBe("urgent-email")
    expect(pickSlaPolicy(policies, { priority: "urgent", channel: "web" })?.id).toBe("any")
    expect(pickSlaPolicy(policies, { priority: "low", channel: "web" }, ["cg_vip"])?.id).toBe("vip")
    expect(pickSlaPolicy(policies.slice(1, 2), { priority: "low", channel: "web" })).toBeNull()
  })
})

describe("planSlaClocks", () => {
  const created = new Date("2026-12-06T13:00:00Z") // Sunday 22:00 KST
  const target = { policy, hours: seoul }

  it("starts both clocks on creation", () => {
    const c = planSlaClocks({ created_at: created, status: "open" }, { at: created, from_status: null, to_status: "open" }, target)
    expect(iso(c.first_response_due_at)).toBe("2026-12-07T04:00:00.000Z") // Monday 13:00 KST
    expect(iso(c.resolution_due_at)).toBe("2026-12-08T09:00:00.000Z") // 18 business hours: Tuesday 18:00 KST
    expect(c.sla_paused_at).toBeNull()
  })

  it("an agent's reply stops the response clock, pending pauses resolution, a shopper's reply restarts both", () => {
    let row: any = { created_at: created, status: "open" }
    row = { ...row, ...planSlaClocks(row, { at: created, from_status: null, to_status: "open" }, target) }
    // Monday 10:00 KST the agent answers and sets pending
    const answered = new Date("2026-12-07T01:00:00Z")
    row = { ...row, ...planSlaClocks(row, { at: answered, from_status: "open", to_status: "pending", reply: "agent" }, target), status: "pending" }
    expect(row.first_response_due_at).toBeNull()
    expect(row.resolution_due_at).toBeNull()
    expect(iso(row.sla_paused_at)).toBe(answered.toISOString())
    // Tuesday 10:00 KST the shopper answers: 9 business hours (Monday 10:00-18:00 + Tuesday 09:00-10:00) were pending
    const replied = new Date("2026-12-08T01:00:00Z")
    row = { ...row, ...planSlaClocks(row, { at: replied, from_status: "pending", to_status: "open", reply: "customer" }, target), status: "open" }
    expect(row.sla_paused_minutes).toBe(540)
    expect(iso(row.first_response_due_at)).toBe("2026-12-08T05:00:00.000Z") // Tuesday 14:00 KST
    // 18h + 9h paused = 27 business hours from Sunday night: Wednesday 18:00 KST
    expect(iso(row.resolution_due_at)).toBe("2026-12-09T09:00:00.000Z")
  })

  it("a shopper's reply on an open ticket leaves the clocks where they are", () => {
    const row: any = { created_at: created, status: "open" }
    const first = planSlaClocks(row, { at: created, from_status: null, to_status: "open" }, target)
    const again = planSlaClocks({ ...row, ...first }, { at: new Date("2026-12-07T02:00:00Z"), from_status: "open", to_status: "open", reply: "customer" }, target)
    expect(again).toEqual(first)
  })

  it("recomputes from stored times with another policy (priority change)", () => {
    const row: any = { created_at: created, status: "open" }
    const first = planSlaClocks(row, { at: created, from_status: null, to_status: "open" }, target)
    const faster = planSlaClocks({ ...row, ...first }, { at: new Date(), from_status: "open", to_status: "open" }, {
      policy: { id: "p2", first_response_minutes: 60, resolution_minutes: 120 },
      hours: null,
    })
    expect(faster.sla_policy_id).toBe("p2")
    expect(iso(faster.first_response_due_at)).toBe("2026-12-06T14:00:00.000Z")
    expect(iso(faster.resolution_due_at)).toBe("2026-12-06T15:00:00.000Z")
  })

  it("no policy: no clocks", () => {
    const c = planSlaClocks({ created_at: created, status: "open" }, { at: created, from_status: null, to_status: "open" }, null)
    expect(c.first_response_due_at).toBeNull()
    expect(c.resolution_due_at).toBeNull()
  })

  it("overdueClocks", () => {
    const now = new Date("2026-12-07T05:00:00Z")
    expect(overdueClocks({ first_response_due_at: "2026-12-07T04:00:00Z", resolution_due_at: "2026-12-08T09:00:00Z" }, now)).toEqual(["first_response"])
    expect(overdueClocks({ first_response_due_at: null, resolution_due_at: null }, now)).toEqual([])
  })
})
