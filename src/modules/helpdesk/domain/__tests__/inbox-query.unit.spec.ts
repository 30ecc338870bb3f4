import { buildInboxQuery, parseInboxOrder } from "../inbox-query"

describe("inbox query", () => {
  it("accepts only known sort keys", () => {
    expect(parseInboxOrder(undefined)).toEqual({ key: "last_message_at", direction: "desc" })
    expect(parseInboxOrder("priority")).toEqual({ key: "priority", direction: "asc" })
    expect(parseInboxOrder("-priority")).toEqual({ key: "priority", direction: "desc" })
    expect(parseInboxOrder("access_token_hash")).toBeNull()
    expect(parseInboxOrder("priority; drop table x")).toBeNull()
  })

  it("binds every value as a parameter", () => {
    const evil = "x' OR 1=1 --"
    const { sql, params, countSql } = buildInboxQuery(
      { status: ["open"], customer_id: evil, tag: evil, q: "refund", assignee_id: null },
      { order: { key: "priority", direction: "desc" }, limit: 20, offset: 40 }
    )
    expect(sql).not.toContain(evil)
    expect(countSql).not.toContain(evil)
    expect(params).toEqual(["open", evil, evil, "'refund':*", 20, 40])
    expect(sql).toContain("t.assignee_id IS NULL")
  })

  it("matches nothing for a search without words", () => {
    expect(buildInboxQuery({ q: "!!!" }, { order: { key: "created_at", direction: "asc" }, limit: 1, offset: 0 }).sql).toContain("false")
  })
})
