import { assertMergeAllowed, mergeRefusal } from "../merge-rules"

const t = (over: Record<string, unknown>) => ({ id: "t", display_id: 1, customer_id: null, email: "a@x.io", ...over }) as any

describe("mergeRefusal", () => {
  it("merges tickets of one customer", () => {
    expect(mergeRefusal(t({ customer_id: "c1", identity: "customer" }), t({ customer_id: "c1", identity: "customer" }))).toBeNull()
  })

  it("merges an unverified guest ticket into a verified one of the same email", () => {
    expect(mergeRefusal(t({ identity: "verified_email" }), t({ identity: "unverified", email: "A@x.io" }))).toBeNull()
    expect(mergeRefusal(t({ identity: "verified_email" }), t({ identity: "verified_email" }))).toBeNull()
  })

  it("refuses two unverified guest tickets even when the typed emails match", () => {
    expect(mergeRefusal(t({ identity: "unverified" }), t({ identity: "unverified" }))).toMatch(/unverified email/)
  })

  it("refuses a target less verified than the source", () => {
    expect(mergeRefusal(t({ identity: "unverified" }), t({ identity: "verified_email" }))).toMatch(/unverified/)
    expect(mergeRefusal(t({ identity: "verified_email", display_id: 2 }), t({ identity: "customer", customer_id: null }))).toMatch(/merge the other way round/)
  })

  it("still requires the same requester", () => {
    expect(mergeRefusal(t({ customer_id: "c1", identity: "customer" }), t({ customer_id: "c2", identity: "customer" }))).toMatch(/another requester/)
    expect(mergeRefusal(t({ identity: "verified_email" }), t({ email: "b@x.io", identity: "unverified" }))).toMatch(/another requester/)
    expect(mergeRefusal(t({ customer_id: "c1", identity: "customer" }), t({ identity: "unverified" }))).toMatch(/another requester/)
  })

  it("assertMergeAllowed throws a 400 (invalid_data) with the reason", () => {
    expect(() => assertMergeAllowed(t({ identity: "unverified" }), [t({ identity: "unverified" })])).toThrow(
      expect.objectContaining({ type: "invalid_data" })
    )
  })
})
