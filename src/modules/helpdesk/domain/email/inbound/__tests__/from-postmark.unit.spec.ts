import { inboundFromPostmark } from "../from-postmark"
import { InboundMailError } from "../types"

const ctx = { from: "support@shop.test", inboundDomain: "support.shop.test" }
const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="

export const postmarkMail = (over: Record<string, unknown> = {}) => ({
  FromName: "Νίκος",
  From: "Nikos@Example.gr",
  FromFull: { Email: "Nikos@Example.gr", Name: "Νίκος", MailboxHash: "" },
  To: "support+abc@support.shop.test",
  ToFull: [{ Email: "support+abc@support.shop.test", Name: "", MailboxHash: "abc" }],
  CcFull: [{ Email: "friend@example.gr", Name: "Friend" }],
  OriginalRecipient: "support+abc@support.shop.test",
  Subject: "Re: Επιστροφή\r\nBcc: x@y.test",
  MessageID: "73e6d360-66eb-11e1-8e72-a8904824019b",
  Date: "Thu, 3 Dec 2026 10:00:00 +0200",
  TextBody: "Ναι, ευχαριστώ.\n\nOn Tue, Dec 1, 2026 at 10:00 AM Shop <support@shop.test> wrote:\n> Θέλετε επιστροφή;\n",
  HtmlBody: "<p>Ναι, ευχαριστώ.</p>",
  StrippedTextReply: "Ναι, ευχαριστώ.",
  Headers: [
    { Name: "Message-ID", Value: "<CAF=el-1@mail.gmail.com>" },
    { Name: "In-Reply-To", Value: "<supmsg_x-reply.0123456789ab@support.shop.test>" },
    { Name: "References", Value: "<a@b.test> <supmsg_x-reply.0123456789ab@support.shop.test>" },
  ],
  Attachments: [{ Name: "photo.png", Content: PNG, ContentType: "image/png", ContentLength: 70, ContentID: "" }],
  ...over,
})

describe("Postmark inbound JSON mapping", () => {
  it("reads the mail's own headers, addresses, text and attachments", async () => {
    const mail = await inboundFromPostmark(postmarkMail(), ctx)
    expect(mail.message_id).toBe("<CAF=el-1@mail.gmail.com>")
    expect(mail.in_reply_to).toBe("<supmsg_x-reply.0123456789ab@support.shop.test>")
    expect(mail.references).toHaveLength(2)
    expect(mail.from).toEqual({ address: "nikos@example.gr", name: "Νίκος" })
    expect(mail.cc).toEqual([{ address: "friend@example.gr", name: "Friend" }])
    expect(mail.delivered_to).toEqual(["support+abc@support.shop.test"])
    expect(mail.subject).toBe("Re: Επιστροφή Bcc: x@y.test")
    expect(mail.body).toBe("Ναι, ευχαριστώ.")
    expect(mail.attachments).toEqual([expect.objectContaining({ filename: "photo.png", size: 70, inline: false })])
    expect(mail.auto).toBe(false)
  })

  it("falls back to Postmark's id and classifies from its headers", async () => {
    const mail = await inboundFromPostmark(
      postmarkMail({ Headers: [{ Name: "Auto-Submitted", Value: "auto-replied" }], Attachments: [] }),
      ctx
    )
    expect(mail.message_id).toBe("<73e6d360-66eb-11e1-8e72-a8904824019b@postmark.invalid>")
    expect([mail.auto, mail.auto_reason]).toEqual([true, "auto_submitted"])
  })

  it("refuses JSON that is not an inbound message", async () => {
    await expect(inboundFromPostmark({ hello: "world" }, ctx)).rejects.toThrow(InboundMailError)
    await expect(inboundFromPostmark([1, 2], ctx)).rejects.toThrow(InboundMailError)
    await expect(
      inboundFromPostmark(postmarkMail({ FromFull: { Email: "not an address" }, From: "" }), ctx)
    ).rejects.toThrow(InboundMailError)
  })
})
