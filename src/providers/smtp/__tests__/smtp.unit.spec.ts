import { MailCatcher, startMailCatcher } from "../../../../integration-tests/helpers/mail-catcher"
import { SmtpNotificationService } from "../service"

const logger = { info() {}, warn() {}, error() {}, debug() {} } as never

describe("helpdesk-smtp provider", () => {
  let catcher: MailCatcher
  let provider: SmtpNotificationService

  beforeAll(async () => {
    catcher = await startMailCatcher()
    provider = new SmtpNotificationService({ logger }, { url: catcher.url, from: "Shop <support@shop.test>" })
  })
  afterAll(() => catcher.close())
  beforeEach(() => catcher.clear())

  it("sends subject, text, html and the threading headers from data.headers", async () => {
    const res = await provider.send({
      to: "ana@example.test",
      channel: "email",
      template: "reply",
      content: { subject: "Re: 환불 [#12]", text: "plain body", html: "<p>html body</p>" },
      data: {
        headers: {
          "Message-ID": "<a1@shop.test>",
          "In-Reply-To": "<a0@shop.test>",
          References: "<root@mail.test> <a0@shop.test>",
          "Reply-To": "support+token@in.shop.test",
          "Auto-Submitted": "auto-replied",
          Bcc: "x@evil.test",
        },
      },
    })
    const [mail] = await catcher.waitFor(1)
    expect(res.id).toBe("<a1@shop.test>")
    expect(mail.envelopeTo).toEqual(["ana@example.test"])
    expect(mail.parsed.subject).toBe("Re: 환불 [#12]")
    expect(mail.parsed.text?.trim()).toBe("plain body")
    expect(mail.parsed.html).toContain("<p>html body</p>")
    expect(mail.parsed.messageId).toBe("<a1@shop.test>")
    expect(mail.parsed.inReplyTo).toBe("<a0@shop.test>")
    expect(mail.parsed.references).toEqual(["<root@mail.test>", "<a0@shop.test>"])
    expect(mail.parsed.replyTo?.value[0].address).toBe("support+token@in.shop.test")
    expect(mail.parsed.headers.get("auto-submitted")).toBe("auto-replied")
    expect(mail.parsed.from?.value[0].address).toBe("support@shop.test")
    // Only the names of the contract travel: an extra "Bcc" in data.headers is ignored.
    expect(mail.raw).not.toMatch(/evil\.test/)
  })

  it("refuses a header, subject or recipient with a line break and sends nothing", async () => {
    const base = { to: "ana@example.test", channel: "email", template: "t" }
    await expect(
      provider.send({ ...base, content: { subject: "Hi\r\nBcc: x@evil.test", text: "x" } })
    ).rejects.toThrow(/one line/)
    await expect(
      provider.send({
        ...base,
        content: { subject: "Hi", text: "x" },
        data: { headers: { "Reply-To": "a@b.test\r\nBcc: x@evil.test" } },
      })
    ).rejects.toThrow(/Reply-To/)
    await expect(
      provider.send({ ...base, to: "ana@example.test\r\nBcc: x@evil.test", content: { subject: "Hi" } })
    ).rejects.toThrow(/one email address/)
    await new Promise((r) => setTimeout(r, 200))
    expect(catcher.mails).toHaveLength(0)
  })

  it("throws when the server refuses the mail", async () => {
    catcher.failNext(1)
    await expect(
      provider.send({ to: "ana@example.test", channel: "email", template: "t", content: { subject: "x", text: "y" } })
    ).rejects.toThrow(/451|Try again/)
  })
})
