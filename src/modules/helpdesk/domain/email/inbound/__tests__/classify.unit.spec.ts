import { classifyInbound } from "../classify"
import { headerMap } from "../headers"

const ctx = { from: "help@shop.test", inboundDomain: "support.shop.test" }
const jane = { address: "jane@example.com", name: null }
const classify = (headers: Record<string, string>, from = jane, contentType: string | null = null) =>
  classifyInbound(headerMap(Object.entries(headers).map(([name, value]) => ({ name, value }))), from, contentType, ctx)

describe("classifyInbound", () => {
  it.each([
    [{}, null],
    [{ "Auto-Submitted": "no" }, null],
    [{ "Auto-Submitted": "auto-replied" }, "auto_submitted"],
    [{ "Auto-Submitted": "auto-generated; owner-email=x@y" }, "auto_submitted"],
    [{ "X-Autoreply": "yes" }, "auto_submitted"],
    [{ "X-Autorespond": "1" }, "auto_submitted"],
    [{ Precedence: "bulk" }, "auto_submitted"],
    [{ Precedence: "junk" }, "auto_submitted"],
    [{ Precedence: "auto_reply" }, "auto_submitted"],
    [{ Precedence: "list" }, "list"],
    [{ "List-Id": "<news.example.com>" }, "list"],
    [{ "List-Unsubscribe": "<mailto:u@example.com>" }, "list"],
  ])("%j -> %s", (headers, reason) => {
    expect(classify(headers as Record<string, string>)).toBe(reason)
  })

  it("recognises bounces by type and sender", () => {
    expect(classify({}, jane, "multipart/report; report-type=delivery-status")).toBe("bounce")
    expect(classify({}, { address: "MAILER-DAEMON@mx.example.com", name: null })).toBe("bounce")
    expect(classify({}, { address: "postmaster@example.com", name: null })).toBe("bounce")
  })

  it("recognises our own addresses first", () => {
    expect(classify({ "List-Id": "x" }, { address: "Help@Shop.test", name: null })).toBe("own_address")
    expect(classify({}, { address: "support+abc@support.shop.test", name: null })).toBe("own_address")
  })
})
