import { planRefund, refundableByPayment, totalRefundable } from "../refundable"
import { parseOrderActionSettings, refundApprovalLimit, refundNeedsApproval } from "../settings"
import { formatOrderItems, formatTrackingLinks, returnLabelUrl, safeLink, trackingLinks } from "../tracking"

describe("refundable amounts", () => {
  const payments = [
    { id: "pay_a", captures: [{ amount: 50 }], refunds: [{ amount: 20 }] },
    { id: "pay_b", captures: [{ amount: { numeric: 30 } }, { amount: "10" }], refunds: [] },
    { id: "pay_c", captures: [], refunds: [] },
  ]

  it("is captured minus refunded per payment", () => {
    expect(refundableByPayment(payments)).toEqual([
      { payment_id: "pay_a", refundable: 30 },
      { payment_id: "pay_b", refundable: 40 },
      { payment_id: "pay_c", refundable: 0 },
    ])
    expect(totalRefundable(payments)).toBe(70)
  })

  it("takes the largest refundable payment first and splits when one is not enough", () => {
    expect(planRefund(payments, 25)).toEqual([{ payment_id: "pay_b", amount: 25 }])
    expect(planRefund(payments, 55)).toEqual([
      { payment_id: "pay_b", amount: 40 },
      { payment_id: "pay_a", amount: 15 },
    ])
    expect(planRefund(payments, 70)).toHaveLength(2)
  })

  it("refuses more than is refundable, zero and negative amounts", () => {
    expect(() => planRefund(payments, 70.01)).toThrow(/above what is refundable/)
    expect(() => planRefund(payments, 0)).toThrow(/above zero/)
    expect(() => planRefund(payments, -5)).toThrow(/above zero/)
    expect(() => planRefund([], 1)).toThrow(/above what is refundable/)
  })

  it("keeps decimals exact enough for cents", () => {
    const p = [{ id: "pay", captures: [{ amount: 0.3 }], refunds: [{ amount: 0.1 }] }]
    expect(totalRefundable(p)).toBe(0.2)
    expect(planRefund(p, 0.2)).toEqual([{ payment_id: "pay", amount: 0.2 }])
  })
})

describe("refund approval limits", () => {
  it("has no limit by default", () => {
    const s = parseOrderActionSettings(undefined)
    expect(refundApprovalLimit(s, "eur")).toBeNull()
    expect(refundNeedsApproval(s, "eur", 1e9)).toBe(false)
  })

  it("uses the currency's own limit before the general one, strictly above", () => {
    const s = parseOrderActionSettings({ refund_approval_limit: 100, refund_approval_limits: { krw: 100000 } })
    expect(refundNeedsApproval(s, "EUR", 100)).toBe(false)
    expect(refundNeedsApproval(s, "eur", 100.01)).toBe(true)
    expect(refundNeedsApproval(s, "krw", 5000)).toBe(false)
    expect(refundNeedsApproval(s, "KRW", 100001)).toBe(true)
  })

  it("reads a malformed stored value as the defaults", () => {
    expect(parseOrderActionSettings({ refund_approval_limit: "lots" })).toEqual({
      refund_approval_limit: null,
      refund_approval_limits: {},
    })
  })
})

describe("tracking and items", () => {
  it("keeps http(s) links only", () => {
    expect(safeLink("#")).toBeNull()
    expect(safeLink("javascript:alert(1)")).toBeNull()
    expect(safeLink("https://t.example/1")).toBe("https://t.example/1")
  })

  it("lists the links of fulfillments not canceled, each once", () => {
    const links = trackingLinks([
      { labels: [{ tracking_number: "A1", tracking_url: "https://t.example/A1" }, { tracking_url: "#" }] },
      { canceled_at: new Date(), labels: [{ tracking_number: "B", tracking_url: "https://t.example/B" }] },
      { labels: [{ tracking_number: "A1", tracking_url: "https://t.example/A1" }, { tracking_url: "https://t.example/C" }] },
    ])
    expect(links).toEqual([
      { tracking_number: "A1", url: "https://t.example/A1" },
      { tracking_number: null, url: "https://t.example/C" },
    ])
    expect(formatTrackingLinks(links)).toBe("A1: https://t.example/A1\nhttps://t.example/C")
  })

  it("finds the label of the latest return that has one", () => {
    const url = returnLabelUrl([
      { created_at: "2026-01-01", fulfillments: [{ labels: [{ label_url: "https://l.example/old" }] }] },
      { created_at: "2026-02-01", fulfillments: [{ labels: [{ label_url: "https://l.example/new" }] }] },
      { created_at: "2026-03-01", canceled_at: "2026-03-02", fulfillments: [{ labels: [{ label_url: "https://l.example/x" }] }] },
      { created_at: "2026-04-01", fulfillments: [] },
    ])
    expect(url).toBe("https://l.example/new")
    expect(returnLabelUrl([])).toBeNull()
  })

  it("formats items as plain lines", () => {
    expect(
      formatOrderItems([
        { product_title: "Hoodie", variant_title: "M", quantity: 2 },
        { title: "Mug", variant_title: "Mug", quantity: { numeric: 1 } as any },
      ])
    ).toBe("- 2 × Hoodie (M)\n- 1 × Mug")
  })
})
