import { buildTsQuery, indexTokens, MAX_QUERY_TERMS, mergeSearchText, normalizeText, searchTextOf, searchTokensWith, tsQueryTerms } from "../search-tokens"

// A small model of Postgres' `tokens @@ query` for AND-ed terms with optional prefix match.
function matches(documentText: string, q: string): boolean {
  const tokens = indexTokens(documentText)
  const query = buildTsQuery(q)
  if (!query) return false
  return query.split(" & ").every((term) => {
    const m = /^'(.+)'(:\*)?$/u.exec(term)!
    return m[2] ? tokens.some((t) => t.startsWith(m[1])) : tokens.includes(m[1])
  })
}

describe("search tokens", () => {
  it("folds case, accents and final sigma", () => {
    expect(normalizeText("ΕΠΙΣΤΡΟΦΉ")).toBe(normalizeText("επιστροφη"))
    expect(normalizeText("Ελένης")).toBe("ελενησ")
    expect(normalizeText("Café")).toBe("cafe")
    expect(normalizeText("ＡＢＣ")).toBe("abc")
  })

  it("indexes Korean as character bigrams so short words inside long ones are found", () => {
    expect(indexTokens("환불요청")).toEqual(["환불", "불요", "요청"])
    expect(matches("환불요청합니다", "환불")).toBe(true)
    expect(matches("배송지연 문의", "배송")).toBe(true)
    expect(matches("환불요청합니다", "환불요청")).toBe(true)
    expect(matches("환불요청합니다", "환")).toBe(true)
    expect(matches("환불요청합니다", "배송")).toBe(false)
  })

  it("matches Greek and English words by prefix, whatever their case and accents", () => {
    expect(matches("ΕΠΙΣΤΡΟΦΉ ΧΡΗΜΆΤΩΝ", "επιστροφη")).toBe(true)
    expect(matches("Refunded twice", "refun")).toBe(true)
    expect(matches("Refunded twice", "twice refund")).toBe(true)
    expect(matches("Refunded twice", "fund")).toBe(false)
  })

  it("ignores punctuation and emoji and cannot be steered by query syntax", () => {
    expect(indexTokens("Hi!!! 👋 (order #1042)")).toEqual(["hi", "order", "1042"])
    expect(buildTsQuery("a' | b:* & !(c)")).toBe("'a':* & 'b':* & 'c':*")
    expect(buildTsQuery("!!! 👋")).toBeNull()
    expect(buildTsQuery("")).toBeNull()
  })

  it("merges new text into the stored token set without duplicates", () => {
    const first = mergeSearchText("", "refund please")
    expect(mergeSearchText(first, "Refund now").split(" ")).toEqual(["refund", "please", "now"])
  })

  it("splits a search into terms, a bounded number of them", () => {
    expect(tsQueryTerms("Refund refund 환불요청")).toEqual(["'refund':*", "'환불'", "'불요'", "'요청'"])
    expect(tsQueryTerms("a b c d e f g h i j k l")).toHaveLength(MAX_QUERY_TERMS)
  })

  it("folds a message into its ticket's tokens and says when they did not all fit", () => {
    expect(searchTokensWith("wardrobe delivery", "Delivery was late, 배송")).toEqual({ text: "wardrobe delivery was late 배송", complete: true })
    const full = Array.from({ length: 4000 }, (_, i) => `w${i}`).join(" ")
    // Tokens already there still count as found; one new token is one too many.
    expect(searchTokensWith(full, "w1 w3999")).toEqual({ text: full, complete: true })
    expect(searchTokensWith(full, "w1 quokka")).toEqual({ text: full, complete: false })
    expect(searchTokensWith("", "")).toEqual({ text: "", complete: true })
  })

  it("stores one row's tokens, whatever came before in the thread", () => {
    expect(searchTextOf("Refund please, refund!")).toBe("refund please")
    expect(searchTextOf("환불요청 Ελένης")).toBe("환불 불요 요청 ελενησ")
    const long = Array.from({ length: 5000 }, (_, i) => `w${i}`).join(" ")
    expect(searchTextOf(long).split(" ")).toHaveLength(4000)
  })
})
