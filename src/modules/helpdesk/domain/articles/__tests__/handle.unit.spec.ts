import { handleFromTitle, HANDLE_PATTERN, localePreference } from "../handle"

describe("handleFromTitle", () => {
  it("folds and joins words in any script", () => {
    expect(handleFromTitle("Où est ma commande ?")).toBe("ou-est-ma-commande")
    expect(handleFromTitle("배송 조회 방법")).toBe("배송-조회-방법")
    expect(handleFromTitle("Επιστροφή χρημάτων")).toBe("επιστροφη-χρηματων")
    expect(handleFromTitle("!!!")).toBe("")
  })
  it("stays within 100 characters at a word boundary", () => {
    const h = handleFromTitle("word ".repeat(40))
    expect(h.length).toBeLessThanOrEqual(100)
    expect(h.endsWith("word")).toBe(true)
    expect(HANDLE_PATTERN.test(h)).toBe(true)
  })
})

describe("localePreference", () => {
  it("asks the tag, its language, then English", () => {
    expect(localePreference("ko-KR")).toEqual(["ko-KR", "ko", "en"])
    expect(localePreference("el")).toEqual(["el", "en"])
    expect(localePreference(null)).toEqual(["en"])
  })
})
