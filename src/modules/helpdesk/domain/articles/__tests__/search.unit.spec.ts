import { articleQueryTerms, articleSearchColumns, buildArticleSearchQuery, deletionVariants } from "../search"

describe("deletionVariants", () => {
  it("leaves out each letter once", () => {
    expect(deletionVariants("ship").sort()).toEqual(["hip", "sip", "shp", "shi"].sort())
    expect(deletionVariants("book")).toEqual(["ook", "bok", "boo"])
  })
})

describe("articleSearchColumns", () => {
  const cols = articleSearchColumns("Shipping times", "We ship worldwide. 배송 조회")
  it("keeps the title's tokens apart and the union in search_text", () => {
    expect(cols.title_search_text.split(" ")).toEqual(["shipping", "times"])
    expect(cols.search_text.split(" ")).toEqual(expect.arrayContaining(["shipping", "times", "we", "ship", "worldwide", "배송", "조회"]))
  })
  it("stores typo variants of spaced-script words only", () => {
    const fuzzy = cols.fuzzy_search_text.split(" ")
    expect(fuzzy).toEqual(expect.arrayContaining(["shipping", "shiping", "hipping", "times", "ship"]))
    expect(fuzzy).not.toContain("배송")
    expect(fuzzy).not.toContain("we")
  })
})

describe("articleQueryTerms", () => {
  it("matches a one-letter typo by shared deletions", () => {
    const [t] = articleQueryTerms("retrun")
    expect(t.exact).toBe("'retrun':*")
    expect(t.fuzzy).toContain("'retun'")
    expect(t.fuzzy).toContain("'retru':*")
    expect(articleQueryTerms("refunds")[0].fuzzy).toContain("'refund':*")
    // "return" indexed stores "retun" too
    expect(deletionVariants("return")).toContain("retun")
  })
  it("drops 1-2 letter words when longer ones exist, keeps them alone", () => {
    expect(articleQueryTerms("how do I return an item").map((t) => t.exact)).toEqual(["'how':*", "'return':*", "'item':*"])
    expect(articleQueryTerms("to").map((t) => t.exact)).toEqual(["'to':*"])
  })
  it("has no typo variants for Korean bigrams or short words", () => {
    expect(articleQueryTerms("환불 요청").every((t) => t.fuzzy === null)).toBe(true)
    expect(articleQueryTerms("item")[0].fuzzy).toBeNull()
  })
  it("folds Greek accents and final sigma as the index does", () => {
    expect(articleQueryTerms("Επιστροφές")[0].exact).toBe("'επιστροφεσ':*")
  })
})

describe("buildArticleSearchQuery", () => {
  it("binds every value and ranks title matches first", () => {
    const { sql, params } = buildArticleSearchQuery(
      { q: "refund'; drop table x", locales: ["en"], published: true, category_id: ["supcat_1"] },
      { limit: 10, offset: 0 }
    )
    expect(sql).not.toContain("drop")
    expect(sql).not.toContain("supcat_1")
    expect(sql).toContain("a.title_vector @@ ?::tsquery THEN 3")
    expect(params).toEqual(expect.arrayContaining([true, "en", "supcat_1", 10, 0]))
    expect((sql.match(/\?/g) ?? []).length).toBe(params.length)
  })
  it("lists by position without q, and finds nothing for a query without words", () => {
    expect(buildArticleSearchQuery({}, { limit: 5, offset: 0 }).sql).toContain("0 AS score")
    expect(buildArticleSearchQuery({ q: "!!!" }, { limit: 5, offset: 0 }).sql).toContain("WHERE false")
  })
})
