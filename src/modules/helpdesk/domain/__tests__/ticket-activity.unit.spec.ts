import { ticketChangesAfterMessage } from "../ticket-activity"

const at = new Date("2026-03-01T10:00:00Z")
const ticket = { id: "supt_1", status: "solved" as const, first_response_at: null }

describe("what a message changes on its ticket", () => {
  it("an internal note changes nothing on the ticket, so the shopper sees no activity", () => {
    expect(ticketChangesAfterMessage(ticket, { author_type: "agent", internal: true, body: "Refund it", created_at: at })).toEqual({
      id: "supt_1",
    })
  })

  it("a shopper's reply reopens the ticket and records their activity", () => {
    expect(ticketChangesAfterMessage(ticket, { author_type: "customer", internal: false, body: "Still broken", created_at: at })).toEqual({
      id: "supt_1",
      last_message_at: at,
      last_customer_message_at: at,
      status: "open",
      solved_at: null,
      closed_at: null,
    })
  })

  it("the first public agent reply is the first response and may set a status", () => {
    const changes = ticketChangesAfterMessage({ ...ticket, status: "open" }, { author_type: "agent", internal: false, body: "On it", created_at: at }, "pending")
    expect(changes).toMatchObject({ first_response_at: at, last_message_at: at, status: "pending" })
    const later = ticketChangesAfterMessage({ ...ticket, status: "open", first_response_at: at }, { author_type: "agent", internal: false, body: "x", created_at: new Date() })
    expect(later).not.toHaveProperty("first_response_at")
    expect(later).not.toHaveProperty("status")
  })
})
