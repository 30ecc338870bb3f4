import { createExportToken, verifyExportToken } from "../export-token"
import { erasedTicketColumns, erasureAuditLine, ERASED_MESSAGE_COLUMNS } from "../erasure"
import { parsePrivacySettings } from "../settings"

describe("privacy export tokens", () => {
  const secret = "s".repeat(32)
  const now = new Date("2026-12-05T10:00:00Z")

  it("opens the archive of the customer it was issued for, until it expires", () => {
    const { token, expires_at } = createExportToken(secret, "cus_123", now, 60)
    expect(expires_at.toISOString()).toBe("2026-12-05T10:01:00.000Z")
    expect(verifyExportToken(secret, token, now)).toBe("cus_123")
    expect(verifyExportToken(secret, token, new Date(now.getTime() + 60_000))).toBeNull()
  })

  it("refuses another secret, another customer, a changed expiry and garbage", () => {
    const { token } = createExportToken(secret, "cus_123", now, 60)
    const [, expires, signature] = token.split(".")
    expect(verifyExportToken("t".repeat(32), token, now)).toBeNull()
    expect(verifyExportToken(secret, `${Buffer.from("cus_999").toString("base64url")}.${expires}.${signature}`, now)).toBeNull()
    expect(verifyExportToken(secret, token.replace(`.${expires}.`, `.${Number(expires) + 1000}.`), now)).toBeNull()
    for (const bad of ["", "a.b", "a.b.c.d", `x.12ab.${signature}`]) expect(verifyExportToken(secret, bad, now)).toBeNull()
  })
})

describe("erasure", () => {
  it("anonymises the requester and leaves only the ticket number as subject and search tokens", () => {
    const cols = erasedTicketColumns({ display_id: 42 })
    expect(cols).toMatchObject({ subject: "Erased ticket #42", customer_id: null, email: null, name: null, rating_comment: null, access_token_hash: null })
    expect(cols.search_text.split(" ").sort()).toEqual(["42", "erased", "ticket"])
    expect(ERASED_MESSAGE_COLUMNS).toMatchObject({ search_text: "", metadata: null })
  })

  it("writes an audit line without personal data", () => {
    expect(erasureAuditLine({ at: new Date("2026-12-05T10:00:00Z"), by: "Alex", messages: 3, attachments: 1 })).toBe(
      "Personal data erased by Alex on 2026-12-05: 3 message(s) redacted, 1 attachment(s) deleted, requester anonymised."
    )
  })

  it("reads the customer-deleted policy leniently, keep by default", () => {
    expect(parsePrivacySettings(undefined)).toEqual({ on_customer_deleted: "keep" })
    expect(parsePrivacySettings({ on_customer_deleted: "anonymise" })).toEqual({ on_customer_deleted: "anonymise" })
    expect(parsePrivacySettings({ on_customer_deleted: "shred" })).toEqual({ on_customer_deleted: "keep" })
  })
})
