import { hasUnstorableChars, safeText } from "../text"

describe("safe text", () => {
  const body = safeText({ min: 1, max: 50 })

  it("keeps every script and emoji exactly", () => {
    for (const s of ["환불 요청", "Επιστροφή", "مرحبا", "שלום", "👩‍👩‍👧‍👦 🇰🇷", "e\u0301", "  spaced  "]) {
      expect(body.parse(s)).toBe(s)
    }
  })

  it("refuses NUL and unpaired surrogates but not paired ones", () => {
    expect(hasUnstorableChars("a\u0000b")).toBe(true)
    expect(hasUnstorableChars("a\ud800b")).toBe(true)
    expect(hasUnstorableChars("a\udc00")).toBe(true)
    expect(hasUnstorableChars("😀")).toBe(false)
    expect(body.safeParse("a\u0000").success).toBe(false)
    expect(body.safeParse("x\ud83d").error?.issues[0].message).toMatch(/cannot be stored/)
  })

  it("enforces length and trims only when asked", () => {
    expect(body.safeParse("").success).toBe(false)
    expect(body.safeParse("x".repeat(51)).success).toBe(false)
    expect(safeText({ min: 1, max: 10, trim: true }).parse("  hi  ")).toBe("hi")
    expect(safeText({ min: 1, max: 10, trim: true }).safeParse("   ").success).toBe(false)
  })
})
