import {
  REPLY_TOKEN_LENGTH,
  replyAddress,
  replyToken,
  ticketIdFromAddresses,
  ticketIdFromReplyToken,
} from "../reply-address"

const SECRET = "a-secret-of-at-least-sixteen"
const TICKET = "supt_01JD8X3T6Q6ZP3Y1V9W2K4M5N7"
const ADDRESS = { localPart: "support", domain: "in.example.com" }

describe("reply address tokens", () => {
  it("are 42 lower-case characters and name the ticket", () => {
    const token = replyToken(SECRET, TICKET)
    expect(token).toHaveLength(REPLY_TOKEN_LENGTH)
    expect(token).toMatch(/^[0-9a-z]{42}$/)
    expect(ticketIdFromReplyToken(SECRET, token)).toBe(TICKET)
    expect(ticketIdFromReplyToken(SECRET, token.toUpperCase())).toBe(TICKET)
  })

  it("refuse another secret, a changed character and a wrong length", () => {
    const token = replyToken(SECRET, TICKET)
    expect(ticketIdFromReplyToken("another-secret-sixteen", token)).toBeNull()
    const flipped = token.slice(0, -1) + (token.endsWith("0") ? "1" : "0")
    expect(ticketIdFromReplyToken(SECRET, flipped)).toBeNull()
    // Another ticket's ULID with this ticket's MAC.
    const other = "01jd8x3t6q6zp3y1v9w2k4m5n8" + token.slice(26)
    expect(ticketIdFromReplyToken(SECRET, other)).toBeNull()
    expect(ticketIdFromReplyToken(SECRET, token.slice(1))).toBeNull()
    expect(ticketIdFromReplyToken(SECRET, "")).toBeNull()
  })

  it("are found among a mail's addresses, case-insensitively, only on our local part and domain", () => {
    const reply = replyAddress(SECRET, TICKET, ADDRESS)
    expect(reply).toBe(`support+${replyToken(SECRET, TICKET)}@in.example.com`)
    expect(ticketIdFromAddresses(SECRET, ["someone@else.com", reply.toUpperCase()], ADDRESS)).toBe(TICKET)
    const token = replyToken(SECRET, TICKET)
    expect(ticketIdFromAddresses(SECRET, [`support+${token}@evil.com`], ADDRESS)).toBeNull()
    expect(ticketIdFromAddresses(SECRET, [`sales+${token}@in.example.com`], ADDRESS)).toBeNull()
    expect(ticketIdFromAddresses(SECRET, ["support@in.example.com"], ADDRESS)).toBeNull()
  })

  it("refuse ids that are not ticket ids", () => {
    expect(() => replyToken(SECRET, "supmsg_01JD8X3T6Q6ZP3Y1V9W2K4M5N7")).toThrow()
  })
})
