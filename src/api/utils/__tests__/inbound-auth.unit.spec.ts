import { secretDigestHex } from "../../../modules/helpdesk/domain/email/secret-digest"
import { carriesInboundSecret } from "../inbound-auth"

const SECRET = "inbound-webhook-secret-0123456789"
const basic = (user: string, pass: string) => `Basic ${Buffer.from(`${user}:${pass}`).toString("base64")}`

describe("carriesInboundSecret", () => {
  it("accepts any of several secrets (the option's and one generated in the admin), none when there are none", () => {
    const other = "generated-in-the-admin-0123456789"
    expect(carriesInboundSecret(`Bearer ${other}`, [secretDigestHex(SECRET), secretDigestHex(other)])).toBe(true)
    expect(carriesInboundSecret(`Bearer ${SECRET}`, [secretDigestHex(other)])).toBe(false)
    expect(carriesInboundSecret(`Bearer ${SECRET}`, [])).toBe(false)
  })

  it("accepts the secret as a bearer token or as the Basic password", () => {
    expect(carriesInboundSecret(`Bearer ${SECRET}`, [secretDigestHex(SECRET)])).toBe(true)
    expect(carriesInboundSecret(`bearer   ${SECRET}  `, [secretDigestHex(SECRET)])).toBe(true)
    expect(carriesInboundSecret(basic("postmark", SECRET), [secretDigestHex(SECRET)])).toBe(true)
    expect(carriesInboundSecret(basic("", SECRET), [secretDigestHex(SECRET)])).toBe(true)
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
      expect(carriesInboundSecret(header, [secretDigestHex(SECRET)])).toBe(false)
    }
  })
})
