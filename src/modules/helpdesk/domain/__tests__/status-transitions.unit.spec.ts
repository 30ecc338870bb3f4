import { TICKET_STATUSES } from "../constants"
import {
  assertTransition,
  canTransition,
  statusAfterAgentReply,
  statusAfterCustomerReply,
  timestampsForTransition,
} from "../status-transitions"

describe("status transitions", () => {
  it("lets shoppers only close, and reopen what was solved or closed", () => {
    const allowed = TICKET_STATUSES.flatMap((from) =>
      TICKET_STATUSES.filter((to) => to !== from && canTransition(from, to, "customer")).map((to) => `${from}->${to}`)
    )
    expect(allowed.sort()).toEqual(["closed->open", "open->closed", "pending->closed", "pending->open", "solved->closed", "solved->open"])
  })

  it("lets agents and automation move between any statuses", () => {
    for (const actor of ["agent", "system"] as const) {
      for (const from of TICKET_STATUSES) for (const to of TICKET_STATUSES) expect(canTransition(from, to, actor)).toBe(true)
    }
  })

  it("refuses a forbidden move with a 400-type error naming both statuses", () => {
    expect(() => assertTransition("open", "solved", "customer")).toThrow(/open to solved/)
    expect(() => assertTransition("open", "solved", "customer")).toThrow(expect.objectContaining({ type: "not_allowed" }))
    expect(() => assertTransition("solved", "open", "customer")).not.toThrow()
  })

  it("reopens on a shopper's reply and keeps status on an agent's unless one is chosen", () => {
    for (const s of TICKET_STATUSES) expect(statusAfterCustomerReply(s)).toBe("open")
    expect(statusAfterAgentReply("open")).toBe("open")
    expect(statusAfterAgentReply("open", "pending")).toBe("pending")
  })

  it("sets and clears solved_at and closed_at", () => {
    const now = new Date("2026-01-01T00:00:00Z")
    expect(timestampsForTransition("open", "solved", now)).toEqual({ solved_at: now })
    expect(timestampsForTransition("solved", "closed", now)).toEqual({ closed_at: now })
    expect(timestampsForTransition("closed", "open", now)).toEqual({ solved_at: null, closed_at: null })
    expect(timestampsForTransition("open", "open", now)).toEqual({})
  })
})
