import { signSurveyToken, verifySurveyToken } from "../token"

const SECRET = "a-secret-of-at-least-16"
const now = new Date("2026-12-04T12:00:00Z")
const payload = {
  ticket_id: "supt_01JEXAMPLE0000000000000000",
  occurrence: Date.parse("2026-12-01T09:30:00.123Z"),
  expires_at: Date.parse("2026-12-31T09:30:00.123Z"),
  scale: "yes_no" as const,
}

describe("survey tokens", () => {
  it("round-trip the ticket, the solve, the expiry and the scale", () => {
    const token = signSurveyToken(SECRET, payload)
    expect(verifySurveyToken(SECRET, token, now)).toEqual({ ok: true, payload })
    const five = signSurveyToken(SECRET, { ...payload, scale: "five_point" })
    expect(verifySurveyToken(SECRET, five, now)).toEqual({ ok: true, payload: { ...payload, scale: "five_point" } })
  })

  it("are the same for the same solve (mail and thread carry one link) and differ per solve and ticket", () => {
    expect(signSurveyToken(SECRET, payload)).toBe(signSurveyToken(SECRET, { ...payload }))
    expect(signSurveyToken(SECRET, { ...payload, occurrence: payload.occurrence + 1 })).not.toBe(signSurveyToken(SECRET, payload))
    expect(signSurveyToken(SECRET, { ...payload, ticket_id: "supt_01JEXAMPLE0000000000000001" })).not.toBe(
      signSurveyToken(SECRET, payload)
    )
  })

  it("refuse another secret, any edited part and garbage", () => {
    const token = signSurveyToken(SECRET, payload)
    expect(verifySurveyToken("another-secret-of-16+", token, now)).toEqual({ ok: false, reason: "invalid" })
    const [id, occ, exp, scale, mac] = token.split(".")
    const edits = [
      [id.replace(/0$/, "1"), occ, exp, scale, mac],
      [id, (parseInt(occ, 36) + 1).toString(36), exp, scale, mac],
      // A later expiry is the obvious forgery.
      [id, occ, (parseInt(exp, 36) + 86_400_000).toString(36), scale, mac],
      [id, occ, exp, scale === "y" ? "5" : "y", mac],
      [id, occ, exp, scale, mac.slice(0, -1) + (mac.endsWith("A") ? "B" : "A")],
    ]
    for (const parts of edits) expect(verifySurveyToken(SECRET, parts.join("."), now)).toEqual({ ok: false, reason: "invalid" })
    for (const bad of ["", "x", `${token}.`, token.slice(0, -1), `${token}A`, token.replace("supt_", "cus_"), " " + token]) {
      expect(verifySurveyToken(SECRET, bad, now).ok).toBe(false)
    }
    expect(verifySurveyToken(SECRET, undefined as unknown as string, now).ok).toBe(false)
  })

  it("expire at their expiry, signature still checked first", () => {
    const token = signSurveyToken(SECRET, payload)
    expect(verifySurveyToken(SECRET, token, new Date(payload.expires_at - 1)).ok).toBe(true)
    expect(verifySurveyToken(SECRET, token, new Date(payload.expires_at))).toEqual({ ok: false, reason: "expired", payload })
    const forgedOld = signSurveyToken("another-secret-of-16+", { ...payload, expires_at: 1 })
    expect(verifySurveyToken(SECRET, forgedOld, now)).toEqual({ ok: false, reason: "invalid" })
  })

  it("fit in a URL path segment", () => {
    expect(encodeURIComponent(signSurveyToken(SECRET, payload))).toBe(signSurveyToken(SECRET, payload))
  })
})
