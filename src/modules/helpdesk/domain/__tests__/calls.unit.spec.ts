import { callbackRequestLine, callbackWindowProblem, callSummaryLine, normalizePhone } from "../calls"

describe("phone callbacks", () => {
  it("keeps a dialable number and refuses anything else", () => {
    expect(normalizePhone("+30 (210) 123-4567")).toBe("+302101234567")
    expect(normalizePhone("010-1234-5678")).toBe("01012345678")
    expect(normalizePhone("12345")).toBeNull()
    expect(normalizePhone("+1234567890123456")).toBeNull()
    expect(normalizePhone("call me")).toBeNull()
    expect(normalizePhone("+30 210\n1234567")).toBeNull()
  })

  it("takes a window that is ahead, ordered and at most 12 hours long", () => {
    const now = new Date("2026-12-03T10:00:00Z")
    const at = (iso: string) => new Date(iso)
    expect(callbackWindowProblem(at("2026-12-03T12:00:00Z"), at("2026-12-03T14:00:00Z"), now)).toBeNull()
    expect(callbackWindowProblem(at("2026-12-03T09:00:00Z"), at("2026-12-03T11:00:00Z"), now)).toBeNull()
    expect(callbackWindowProblem(at("2026-12-03T14:00:00Z"), at("2026-12-03T12:00:00Z"), now)).toMatch(/after/)
    expect(callbackWindowProblem(at("2026-12-03T06:00:00Z"), at("2026-12-03T09:00:00Z"), now)).toMatch(/over/)
    expect(callbackWindowProblem(at("2026-12-03T12:00:00Z"), at("2026-12-04T01:00:00Z"), now)).toMatch(/12 hours/)
    expect(callbackWindowProblem(at("2027-02-01T12:00:00Z"), at("2027-02-01T13:00:00Z"), now)).toMatch(/30 days/)
  })

  it("writes short lines for the shopper", () => {
    expect(callbackRequestLine("+302101234567", new Date("2026-12-03T12:00:00Z"), new Date("2026-12-03T14:30:00Z"))).toBe(
      "Please call me back on +302101234567 between 2026-12-03 12:00 and 2026-12-03 14:30 UTC."
    )
    expect(callSummaryLine("reached", 610)).toBe("We spoke on the phone (10 min).")
    expect(callSummaryLine("voicemail", 30)).toBe("We called you and left a voicemail.")
  })
})
