import { CannedReplyActionSchema } from "../canned-action"

describe("canned reply actions", () => {
  it("accepts each action type with its presets", () => {
    for (const action of [
      { type: "cancel" },
      { type: "cancel", note: "Asked by the customer" },
      { type: "return", reason_id: "rr_1" },
      { type: "resend", kind: "order_confirmation" },
      { type: "tracking_links" },
      { type: "promotion", promotion_type: "fixed", value: 5 },
      { type: "promotion", promotion_type: "percentage", value: 100 },
    ]) {
      expect(CannedReplyActionSchema.parse(action)).toEqual(action)
    }
  })

  it("refuses unknown types, unknown fields and presets the action's route would refuse", () => {
    for (const action of [
      { type: "exchange" },
      { type: "refund", amount: 1 },
      { type: "cancel", amount: 1 },
      { type: "resend" },
      { type: "resend", kind: "sms" },
      { type: "promotion", promotion_type: "percentage", value: 101 },
      { type: "promotion", promotion_type: "fixed", value: 0 },
      { type: "promotion", value: 5 },
      { type: "return", items: [] },
      { type: "tracking_links", note: "x" },
      "cancel",
      [],
    ]) {
      expect([action, CannedReplyActionSchema.safeParse(action).success]).toEqual([action, false])
    }
  })
})
