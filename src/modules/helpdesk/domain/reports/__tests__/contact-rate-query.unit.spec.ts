import { buildContactRateQuery, CONTACT_RATE_ORDERS, parseContactRateOrder, presentContactRates } from "../contact-rate-query"

const base = { from: new Date("2025-03-01T00:00:00Z"), to: new Date("2025-04-01T00:00:00Z"), order: "-contact_rate" as const, limit: 20, offset: 0 }
const placeholders = (sql: string) => (sql.match(/\?/g) ?? []).length

describe("contact rate query", () => {
  it("binds every value, one parameter per placeholder, in order", () => {
    const q = buildContactRateQuery(base)
    expect(placeholders(q.sql)).toBe(q.params.length)
    expect(q.params).toEqual([base.from, base.to, base.from, base.to, 20, 0])
  })

  it("narrows every branch to the product when one is asked for, still bound", () => {
    const q = buildContactRateQuery({ ...base, product_id: "prod_1'; drop table x; --" })
    expect(placeholders(q.sql)).toBe(q.params.length)
    expect(q.params.filter((p) => p === "prod_1'; drop table x; --")).toHaveLength(4)
    expect(q.sql).not.toContain("drop table")
  })

  it("sorts by allowlisted keys only, unknown rates last, ties by tickets then id", () => {
    expect(CONTACT_RATE_ORDERS).toEqual(["contact_rate", "-contact_rate", "tickets", "-tickets", "orders", "-orders", "title", "-title"])
    expect(parseContactRateOrder("-tickets")).toEqual({ key: "tickets", direction: "DESC" })
    expect(parseContactRateOrder("title")).toEqual({ key: "title", direction: "ASC" })
    expect(buildContactRateQuery({ ...base, order: "contact_rate" }).sql).toContain("r.contact_rate ASC NULLS LAST, r.tickets DESC, r.product_id")
  })

  it("presents numbers as numbers and keeps an unknown rate null", () => {
    expect(
      presentContactRates({
        count: "2",
        products: [
          { product_id: "p1", title: "Kettle", thumbnail: null, tickets: 4, orders: 3, contact_rate: "133.33" },
          { product_id: "p2", title: null, thumbnail: null, tickets: 1, orders: 0, contact_rate: null },
        ],
      })
    ).toEqual({
      count: 2,
      products: [
        { product_id: "p1", title: "Kettle", thumbnail: null, tickets: 4, orders: 3, contact_rate: 133.33 },
        { product_id: "p2", title: null, thumbnail: null, tickets: 1, orders: 0, contact_rate: null },
      ],
    })
    expect(presentContactRates(undefined)).toEqual({ count: 0, products: [] })
  })
})
