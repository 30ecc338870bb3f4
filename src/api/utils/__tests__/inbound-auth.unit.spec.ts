import { carriesInboundSecret } from "../inbound-auth"

const SECRET = "inbound-webhook-secret-0123456789"
const basic = (user: string, pass: string) => `Basic ${Buffer.from(`${user}:${pass}`).toString("base64")}`

describe("carriesInboundSecret", () => {
  it("accepts the secret as a bearer token or as the Basic password", () => {
    expect(carriesInboundSecret(`Bearer ${SECRET}`, SECRET)).toBe(true)
    expect(carriesInboundSecret(`bearer   ${SECRET}  `, SECRET)).toBe(true)
    expect(carriesInboundSecret(basic("postmark", SECRET), SECRET)).toBe(true)
    expect(carriesInboundSecret(basic("", SECRET), SECRET)).toBe(true)
  })

  it("refuses anything else", () => {
    for (const header of [
      undefined,
      "",
      SECRET,
      "Bearer",
      `Bearer ${SECRET.slice(0, -1)}`,
      `Bearer ${SECRET}0`,
      `Token ${SECRET}`,
      basic(SECRET, "wrong"),
      basic("postmark", `${SECRET}x`),
      "Basic !!!",
    ]) {
      expect(carriesInboundSecret(header, SECRET)).toBe(false)
    }
  })
})
