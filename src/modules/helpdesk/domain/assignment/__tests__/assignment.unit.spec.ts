import { availableMembers, delegateFor, isAway, pickFewestOpen, pickRoundRobin } from "../assignment"

const now = new Date("2026-12-04T10:00:00Z")

describe("assignment", () => {
  it("away until a return date", () => {
    expect(isAway({ user_id: "a", away: true }, now)).toBe(true)
    expect(isAway({ user_id: "a", away: true, away_until: "2026-12-04T09:00:00Z" }, now)).toBe(false)
    expect(isAway({ user_id: "a", away: true, away_until: "2026-12-05T00:00:00Z" }, now)).toBe(true)
    expect(isAway(undefined, now)).toBe(false)
  })

  it("round robin is fair and skips away agents", () => {
    const available = availableMembers(["a", "b", "c", "d", "e"], [{ user_id: "c", away: true }], now)
    expect(available).toEqual(["a", "b", "d", "e"])
    const counts: Record<string, number> = {}
    for (let turn = 1; turn <= 100; turn++) {
      const who = pickRoundRobin(available, turn)!
      counts[who] = (counts[who] ?? 0) + 1
    }
    expect(counts).toEqual({ a: 25, b: 25, d: 25, e: 25 })
    expect(pickRoundRobin([], 3)).toBeNull()
  })

  it("fewest open, ties in the group's order", () => {
    expect(pickFewestOpen(["a", "b", "c"], { a: 3, b: 1, c: 1 })).toBe("b")
    expect(pickFewestOpen(["a", "b"], {})).toBe("a")
    expect(pickFewestOpen([], {})).toBeNull()
  })

  it("delegates once, to a delegate who is not away", () => {
    const statuses = [
      { user_id: "a", away: true, delegate_id: "b" },
      { user_id: "c", away: true, delegate_id: "a" },
      { user_id: "d", away: true },
    ]
    expect(delegateFor("a", statuses, now)).toEqual({ assignee_id: "b", delegated_from_id: "a" })
    expect(delegateFor("c", statuses, now)).toEqual({ assignee_id: "c", delegated_from_id: null })
    expect(delegateFor("d", statuses, now)).toEqual({ assignee_id: "d", delegated_from_id: null })
    expect(delegateFor("b", statuses, now)).toEqual({ assignee_id: "b", delegated_from_id: null })
  })
})
