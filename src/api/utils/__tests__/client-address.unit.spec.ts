import { clientAddressFrom } from "../client-address"

describe("clientAddressFrom", () => {
  it("uses the socket's peer and ignores X-Forwarded-For without trusted proxies", () => {
    expect(clientAddressFrom({ socketAddress: "198.51.100.4", forwardedFor: "203.0.113.1" }, 0)).toBe("198.51.100.4")
    expect(clientAddressFrom({ socketAddress: "::ffff:127.0.0.1", forwardedFor: "1.2.3.4" }, 0)).toBe("127.0.0.1")
    expect(clientAddressFrom({ socketAddress: "2001:DB8::1" }, 0)).toBe("2001:db8::1")
    expect(clientAddressFrom({}, 0)).toBe("unknown")
  })

  it("takes the Nth address from the right behind N proxies", () => {
    // client -> CDN -> load balancer -> app: the CDN appends the client, the balancer the CDN.
    const header = "10.9.9.9, 203.0.113.50, 198.51.100.20"
    expect(clientAddressFrom({ socketAddress: "10.0.0.2", forwardedFor: header }, 1)).toBe("198.51.100.20")
    expect(clientAddressFrom({ socketAddress: "10.0.0.2", forwardedFor: header }, 2)).toBe("203.0.113.50")
    // What the client wrote left of the trusted entries never decides.
    expect(clientAddressFrom({ socketAddress: "10.0.0.2", forwardedFor: "1.1.1.1, 203.0.113.50, 198.51.100.20" }, 2)).toBe(
      "203.0.113.50"
    )
  })

  it("joins repeated headers, and falls back when the header is short or missing", () => {
    expect(clientAddressFrom({ socketAddress: "10.0.0.2", forwardedFor: ["203.0.113.50", "198.51.100.20"] }, 2)).toBe("203.0.113.50")
    expect(clientAddressFrom({ socketAddress: "10.0.0.2", forwardedFor: "203.0.113.50" }, 3)).toBe("203.0.113.50")
    expect(clientAddressFrom({ socketAddress: "10.0.0.2", forwardedFor: " , " }, 1)).toBe("10.0.0.2")
    expect(clientAddressFrom({ socketAddress: "10.0.0.2" }, 1)).toBe("10.0.0.2")
    expect(clientAddressFrom({ socketAddress: "10.0.0.2", forwardedFor: "x".repeat(500) }, 1)).toHaveLength(64)
  })
})
