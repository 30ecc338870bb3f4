import { visitorKey } from "../visitor-key"

describe("visitorKey", () => {
  it("is the account for a signed-in customer, whatever the address", () => {
    expect(visitorKey({ customerId: "cus_1", address: "1.2.3.4", visitorId: "a" })).toBe("customer:cus_1")
    expect(visitorKey({ customerId: "cus_1", address: "5.6.7.8" })).toBe("customer:cus_1")
  })
  it("hashes a guest's address with the visitor id, storing neither", () => {
    const k = visitorKey({ customerId: null, address: "1.2.3.4", visitorId: "v1" })
    expect(k).toMatch(/^guest:[0-9a-f]{40}$/)
    expect(k).not.toContain("1.2.3.4")
    expect(visitorKey({ customerId: null, address: "1.2.3.4", visitorId: "v1" })).toBe(k)
    expect(visitorKey({ customerId: null, address: "1.2.3.4", visitorId: "v2" })).not.toBe(k)
    expect(visitorKey({ customerId: null, address: "1.2.3.5", visitorId: "v1" })).not.toBe(k)
    expect(visitorKey({ customerId: null, address: "1.2.3.4" })).toBe(visitorKey({ customerId: null, address: "1.2.3.4", visitorId: "  " }))
  })
  it("cuts very long visitor ids", () => {
    const a = visitorKey({ customerId: null, address: "x", visitorId: "v".repeat(100) })
    expect(visitorKey({ customerId: null, address: "x", visitorId: "v".repeat(100) + "tail" })).toBe(a)
  })
})
