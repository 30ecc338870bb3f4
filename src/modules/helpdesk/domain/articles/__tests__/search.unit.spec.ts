import {
  articleQueryTerms,
  articleSearchColumns,
  buildArticleSearchQuery,
  buildTypoWordsQuery,
  deletionVariants,
  typoDictionaryRows,
  typoQueries,
} from "../search"

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
  it("keeps the words typos are matched against: spaced scripts, 4+ letters", () => {
    expect(cols.fuzzy_search_text.split(" ")).toEqual(["shipping", "times", "ship", "worldwide"])
  })
})

describe("typoDictionaryRows", () => {
  it("stores each word as itself and, from 5 letters, as its one-letter deletions", () => {
    const rows = typoDictionaryRows(["shipping", "ship", "배송", "we"])
    expect(rows).toEqual(expect.arrayContaining([["shipping", "shipping"], ["shiping", "shipping"], ["hipping", "shipping"], ["ship", "ship"]]))
    expect(rows.filter(([, w]) => w === "ship")).toEqual([["ship", "ship"]])
    expect(rows.some(([, w]) => w === "배송" || w === "we")).toBe(false)
  })
})

describe("articleQueryTerms", () => {
  it("looks a one-letter typo up by shared deletions and its stem", () => {
    const [t] = articleQueryTerms("retrun")
    expect(t.exact).toBe("'retrun':*")
    expect(t.typo?.variants).toContain("retun")
    expect(t.typo?.prefix).toBe("retru")
    expect(articleQueryTerms("refunds")[0].typo?.prefix).toBe("refund")
    // "return" indexed stores "retun" too
    expect(typoDictionaryRows(["return"])).toContainEqual(["retun", "return"])
  })
  it("drops 1-2 letter words when longer ones exist, keeps them alone", () => {
    expect(articleQueryTerms("how do I return an item").map((t) => t.exact)).toEqual(["'how':*", "'return':*", "'item':*"])
    expect(articleQueryTerms("to").map((t) => t.exact)).toEqual(["'to':*"])
  })
  it("has no typo variants for Korean bigrams or short words", () => {
    expect(articleQueryTerms("환불 요청").every((t) => t.typo === null)).toBe(true)
    expect(articleQueryTerms("item")[0].typo).toBeNull()
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
    expect(sql).toContain("a.title_vector @@ ?::tsquery THEN 3::float8")
    expect(params).toEqual(expect.arrayContaining([true, "en", "supcat_1", 10, 0]))
    expect((sql.match(/\?/g) ?? []).length).toBe(params.length)
  })
  it("matches the dictionary's words for a typo as whole words, weaker than the term", () => {
    const terms = articleQueryTerms("refnud delay")
    const lookup = buildTypoWordsQuery(terms)!
    expect((lookup.sql.match(/\?/g) ?? []).length).toBe(lookup.params.length)
    expect(lookup.params).toEqual(expect.arrayContaining(["refnud", "refud", "refnu%"]))
    const typo = typoQueries([{ i: 0, term: "refund" }, { i: "0", term: "refunded" }, { i: 1, term: "'; drop" }])
    expect(typo).toEqual(new Map([[0, "'refund' | 'refunded'"]]))
    const { sql, params } = buildArticleSearchQuery({ q: "refnud delay" }, { limit: 10, offset: 0 }, typo)
    expect(sql).toContain("WHEN a.search_vector @@ ?::tsquery THEN 0.5::float8")
    expect(params).toContain("'refnud':* | 'delay':* | 'refund' | 'refunded'")
    expect((sql.match(/\?/g) ?? []).length).toBe(params.length)
  })
  it("answers a store list's columns and live category in summary mode, never bodies", () => {
    const { sql, params } = buildArticleSearchQuery({ q: "refund" }, { limit: 10, offset: 0 }, undefined, { summary: true })
    expect(sql).toContain("a.handle, a.category_id, a.locale, a.translation_group_id, a.updated_at")
    expect(sql).toContain("c.deleted_at IS NULL) AS category")
    expect(sql).not.toMatch(/body|search_text/)
    expect((sql.match(/\?/g) ?? []).length).toBe(params.length)
  })
  it("has no typo lookup without long spaced-script words", () => {
    expect(buildTypoWordsQuery(articleQueryTerms("환불 item"))).toBeNull()
  })
  it("lists by position without q, and finds nothing for a query without words", () => {
    expect(buildArticleSearchQuery({}, { limit: 5, offset: 0 }).sql).toContain("0 AS score")
    expect(buildArticleSearchQuery({ q: "!!!" }, { limit: 5, offset: 0 }).sql).toContain("WHERE false")
  })
})
