import { buildContactRateQuery, CONTACT_RATE_ORDERS, parseContactRateOrder, presentContactRates } from "../contact-rate-query"
import { ticketProductIds } from "../ticket-products"

const base = { from: new Date("2025-03-01T00:00:00Z"), to: new Date("2025-04-01T00:00:00Z"), order: "-contact_rate" as const, limit: 20, offset: 0 }
const placeholders = (sql: string) => (sql.match(/\?/g) ?? []).length

describe("contact rate query", () => {
  it("binds every value, one parameter per placeholder, in order", () => {
    const q = buildContactRateQuery(base)
    expect(placeholders(q.sql)).toBe(q.params.length)
    expect(q.params).toEqual([base.from, base.to, base.from, base.to, base.from, base.to, 20, 0])
  })

  it("narrows every branch to the product when one is asked for, still bound", () => {
    const q = buildContactRateQuery({ ...base, product_id: "prod_1'; drop table x; --" })
    expect(placeholders(q.sql)).toBe(q.params.length)
    expect(q.params.filter((p) => p === "prod_1'; drop table x; --")).toHaveLength(3)
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

  it("counts tickets from their kept products, reading no order per ticket", () => {
    const { sql } = buildContactRateQuery(base)
    const tickets = sql.slice(sql.indexOf("ticket_products AS ("), sql.indexOf("period_tickets_per_product AS ("))
    expect(tickets).toContain("FROM support_ticket_product tp\n  JOIN period_tickets t ON t.id = tp.ticket_id")
    expect(tickets).toContain("tp.deleted_at IS NULL AND tp.created_at >= ? AND tp.created_at < ?")
    expect(tickets).not.toMatch(/order_item|order_line_item|"order"/)
  })
})

describe("a ticket's products for the report", () => {
  it("are its reported lines' products, each once", () => {
    expect(
      ticketProductIds({ reported: [{ product_id: "p1" }, { product_id: "p1" }, { product_id: "p2" }], order_lines: [{ product_id: "p3" }] })
    ).toEqual(["p1", "p2"])
  })

  it("are its order's lines' products when it reports no line", () => {
    expect(ticketProductIds({ reported: [], order_lines: [{ product_id: "p3" }, { product_id: null }, { product_id: "p3" }] })).toEqual(["p3"])
    expect(ticketProductIds({ reported: [], order_lines: null })).toEqual([])
  })

  it("are none when it reports only lines of deleted products, not its order's", () => {
    expect(ticketProductIds({ reported: [{ product_id: null }], order_lines: [{ product_id: "p3" }] })).toEqual([])
  })
})
