import { cannedActionReady, cannedActionRequest, replyWithActionResult } from "../canned-action"

describe("canned reply actions", () => {
  it("builds each action's request to its own order-action route", () => {
    const none = { items: {} }
    expect(cannedActionRequest({ type: "cancel" }, none)).toEqual({ method: "POST", path: "cancel", body: {} })
    expect(cannedActionRequest({ type: "cancel", note: "asked" }, none)).toEqual({ method: "POST", path: "cancel", body: { note: "asked" } })
    expect(cannedActionRequest({ type: "resend", kind: "shipping_notification" }, none)).toEqual({
      method: "POST",
      path: "resend",
      body: { kind: "shipping_notification" },
    })
    expect(cannedActionRequest({ type: "promotion", promotion_type: "percentage", value: 10 }, none)).toEqual({
      method: "POST",
      path: "promotion",
      body: { type: "percentage", value: 10 },
    })
    expect(cannedActionRequest({ type: "tracking_links" }, none)).toEqual({ method: "GET", path: "tracking-links" })
  })

  it("sends a return only the items the agent chose, with the preset reason", () => {
    const input = { items: { ordli_a: 2, ordli_b: 0, ordli_c: 1 } }
    expect(cannedActionRequest({ type: "return", reason_id: "rr_1" }, input)).toEqual({
      method: "POST",
      path: "return",
      body: { items: [{ id: "ordli_a", quantity: 2 }, { id: "ordli_c", quantity: 1 }], reason_id: "rr_1" },
    })
  })

  it("is ready to confirm only when a return has at least one item", () => {
    expect(cannedActionReady({ type: "return" }, { items: {} })).toBe(false)
    expect(cannedActionReady({ type: "return" }, { items: { ordli_a: 0 } })).toBe(false)
    expect(cannedActionReady({ type: "return" }, { items: { ordli_a: 1 } })).toBe(true)
    expect(cannedActionReady({ type: "cancel" }, { items: {} })).toBe(true)
  })

  it("puts a code or links at the end of the reply", () => {
    expect(replyWithActionResult("Sorry!  \n", "SORRY-AB12-CD34")).toBe("Sorry!\n\nSORRY-AB12-CD34")
    expect(replyWithActionResult("", "link")).toBe("link")
    expect(replyWithActionResult("Hi", null)).toBe("Hi")
  })
})
