import { withPublicActivity } from "../ticket-activity"

describe("withPublicActivity", () => {
  const now = new Date("2026-12-02T10:00:00Z")
  const ticket = { status: "open", category: null, last_message_at: new Date("2026-12-01T10:00:00Z"), priority: "normal" }

  it("stamps changes a shopper sees", () => {
    expect(withPublicActivity(ticket, { status: "solved" }, now)).toEqual({ status: "solved", public_updated_at: now })
    expect(withPublicActivity(ticket, { category: "returns" }, now)).toHaveProperty("public_updated_at", now)
    expect(withPublicActivity(ticket, { search_text: "x" }, now, true)).toHaveProperty("public_updated_at", now)
  })

  it("leaves agent-only changes and no-op writes of visible fields alone", () => {
    expect(withPublicActivity(ticket, { priority: "urgent", tags: ["vip"], assignee_id: "u1", search_text: "x" }, now)).not.toHaveProperty("public_updated_at")
    expect(withPublicActivity(ticket, { status: "open", last_message_at: new Date("2026-12-01T10:00:00Z") }, now)).not.toHaveProperty("public_updated_at")
  })
})
