import { outgoingMessageId, parseOutgoingMessageId, referencedIds } from "../message-id"

const SECRET = "a-secret-of-at-least-sixteen"
const MESSAGE = "supmsg_01JD8X3T6Q6ZP3Y1V9W2K4M5N7"
const TICKET = "supt_01JD8X3T6Q6ZP3Y1V9W2K4M5N7"

describe("outgoing Message-IDs", () => {
  it("round-trip the id and kind", () => {
    const id = outgoingMessageId(SECRET, MESSAGE, "reply", "in.example.com")
    expect(id).toMatch(/^<supmsg_[0-9A-Z]{26}-reply\.[0-9a-f]{12}@in\.example\.com>$/)
    expect(parseOutgoingMessageId(SECRET, id)).toEqual({ id: MESSAGE, kind: "reply" })
    expect(parseOutgoingMessageId(SECRET, id.slice(1, -1))).toEqual({ id: MESSAGE, kind: "reply" })
  })

  it("refuse forged or foreign ids", () => {
    const id = outgoingMessageId(SECRET, TICKET, "received", "in.example.com")
    expect(parseOutgoingMessageId("another-secret-sixteen", id)).toBeNull()
    expect(parseOutgoingMessageId(SECRET, id.replace("received", "reply"))).toBeNull()
    expect(parseOutgoingMessageId(SECRET, "<CAF=abc@mail.gmail.com>")).toBeNull()
    expect(() => outgoingMessageId(SECRET, TICKET, "Bad Kind", "x")).toThrow()
  })

  it("read In-Reply-To first, then References newest first, once each", () => {
    const a = outgoingMessageId(SECRET, TICKET, "received", "d")
    const b = outgoingMessageId(SECRET, MESSAGE, "reply", "d")
    expect(referencedIds(SECRET, { inReplyTo: b, references: `<x@y> ${a} ${b}` })).toEqual([
      { id: MESSAGE, kind: "reply" },
      { id: TICKET, kind: "received" },
    ])
    expect(referencedIds(SECRET, { references: ["<x@y>"] })).toEqual([])
  })
})
