import { readFileSync } from "fs"
import { join } from "path"
import { buildInboxQuery, INBOX_COUNT_LIMIT, INBOX_SEARCH_COUNT_LIMIT, parseInboxOrder } from "../inbox-query"

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
    expect(params).toEqual(["open", evil, evil, "'refund':*", "'refund':*", "'refund':*", 20, 40])
    expect(sql).toContain("t.assignee_id IS NULL")
  })

  it("filters by a reported line's product or variant through the line items table, bound", () => {
    const page = { order: { key: "priority" as const, direction: "desc" as const }, limit: 20, offset: 0 }
    const { sql, params } = buildInboxQuery({ product_id: "prod_1' --", variant_id: "variant_2" }, page)
    expect(sql).toContain(
      "EXISTS (SELECT 1 FROM support_ticket_line_item li WHERE li.ticket_id = t.id AND li.product_id = ? AND li.product_id IS NOT NULL AND li.deleted_at IS NULL)"
    )
    expect(sql).toContain("li.variant_id = ?")
    expect(sql).not.toContain("prod_1'")
    expect(params).toEqual(["prod_1' --", "variant_2", 20, 0])
  })

  it("counts up to a limit: lower for searches, which check every matching ticket", () => {
    const page = { order: { key: "priority" as const, direction: "desc" as const }, limit: 20, offset: 0 }
    const view = buildInboxQuery({ status: ["open"] }, page)
    expect(view.countSql).toMatch(/LIMIT \?\) capped$/)
    expect(view.countParams).toEqual(["open", INBOX_COUNT_LIMIT + 1])
    expect(view.countLimit).toBe(INBOX_COUNT_LIMIT)
    const search = buildInboxQuery({ q: "refund" }, page)
    expect(search.countParams).toEqual(["'refund':*", "'refund':*", "'refund':*", INBOX_SEARCH_COUNT_LIMIT + 1])
    expect(search.countLimit).toBe(INBOX_SEARCH_COUNT_LIMIT)
  })

  it("searches the ticket's tokens, and the messages that did not fit them only for tickets that have such", () => {
    const page = { order: { key: "priority" as const, direction: "desc" as const }, limit: 20, offset: 0 }
    const { sql, params } = buildInboxQuery({ q: "refund kettle" }, page)
    const term = "(t.search_vector @@ ?::tsquery OR EXISTS (SELECT 1 FROM support_message m WHERE m.ticket_id = t.id AND m.search_overflow AND m.deleted_at IS NULL AND m.search_vector @@ ?::tsquery))"
    // All words in the ticket's own tokens, or each word on its own: one may be in the ticket's
    // tokens, the other in a message that did not fit them.
    expect(sql).toContain(`(t.search_vector @@ ?::tsquery OR (t.search_overflow AND ${term} AND ${term}))`)
    expect(params).toEqual(["'refund':* & 'kettle':*", "'refund':*", "'refund':*", "'kettle':*", "'kettle':*", 20, 0])
  })

  it("sorts by priority with the expression the inbox indexes are built on", () => {
    // Postgres uses an expression index only for the same expression: keep the migration in step.
    const migration = readFileSync(join(__dirname, "../../migrations/Migration20261123090000.ts"), "utf8")
    const indexed = /const PRIORITY_RANK = `([^`]+)`/.exec(migration)![1]
    const { sql } = buildInboxQuery({ status: ["open"] }, { order: { key: "priority", direction: "desc" }, limit: 20, offset: 0 })
    expect(sql).toContain(`ORDER BY ${indexed.replace('"priority"', "t.priority")} DESC NULLS LAST, t.created_at DESC, t.id DESC`)
  })

  it("sorts by priority score in the order of its index (Migration20261205110000)", () => {
    expect(parseInboxOrder("-priority_score")).toEqual({ key: "priority_score", direction: "desc" })
    const { sql } = buildInboxQuery({}, { order: parseInboxOrder("-priority_score")!, limit: 20, offset: 0 })
    expect(sql).toContain("ORDER BY t.priority_score DESC NULLS LAST, t.created_at DESC, t.id DESC")
  })

  it("matches nothing for a search without words", () => {
    expect(buildInboxQuery({ q: "!!!" }, { order: { key: "created_at", direction: "asc" }, limit: 1, offset: 0 }).sql).toContain("false")
  })
})
