import { parseHelpdeskOptions } from "../../../modules/helpdesk/domain/options"
import { senderOf, storefrontLink } from "../compose"
import { retryDelaySeconds } from "../deliver-email"

const options = (email: Record<string, unknown> = {}) => parseHelpdeskOptions({ email }).email

describe("mail composition helpers", () => {
  it("names the sender on one line, without quoting characters", () => {
    expect(senderOf({ options: options({ from: "help@shop.test" }), store: "Atelier" })).toBe('"Atelier" <help@shop.test>')
    expect(senderOf({ options: options({ from: "help@shop.test", fromName: "A \\\"B\"" }), store: "x" })).toBe('"A B" <help@shop.test>')
    expect(senderOf({ options: options({ from: "h@s.test" }), store: 'Evil"\r\nBcc: x@evil.test' })).toBe(
      '"Evil Bcc: x@evil.test" <h@s.test>'
    )
  })

  it("links guests with their token and customers without an empty token parameter", () => {
    const ctx = { options: options({ storefrontTicketUrl: "https://shop.test/t/{id}?token={token}" }) } as never
    expect(storefrontLink(ctx, "supt_1", "a/b+c")).toBe("https://shop.test/t/supt_1?token=a%2Fb%2Bc")
    expect(storefrontLink(ctx, "supt_1", null)).toBe("https://shop.test/t/supt_1")
    const other = { options: options({ storefrontTicketUrl: "https://shop.test/t?id={id}&token={token}" }) } as never
    expect(storefrontLink(other, "supt_1", null)).toBe("https://shop.test/t?id=supt_1")
  })

  it("backs off 1 min, 5 min, 30 min, 2 h, then 6 h", () => {
    expect([1, 2, 3, 4, 5, 6, 9].map(retryDelaySeconds)).toEqual([60, 300, 1800, 7200, 21600, 21600, 21600])
  })
})
