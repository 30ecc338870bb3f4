import { emailFixture } from "../../../../../../../integration-tests/helpers/email-fixtures"
import { inboundFromMime } from "../from-mime"
import { screenAttachments } from "../screen-attachments"
import { InboundMailError } from "../types"

const ctx = { from: "support@shop.test", inboundDomain: "support.shop.test" }
const vars = {
  FROM: "jane@example.com",
  TO: "support+token@support.shop.test",
  IN_REPLY_TO: "<supmsg_01JD8X3T6Q6ZP3Y1V9W2K4M5N7-reply.0123456789ab@support.shop.test>",
  SUBJECT: "Wrong colour",
  N: "1",
}
const read = (name: string) => inboundFromMime(emailFixture(name, vars), ctx)

// What each fixture must yield (the HTTP spec checks the same mails end to end).
const EXPECTED: [file: string, subject: string, body: string | RegExp, from: string, fromName: string | null][] = [
  ["multipart-alternative.eml", "Wrong colour", "I ordered the blue mug but got a red one.", "jane@example.com", "Jane Doe"],
  ["subject-korean.eml", "배송 문의: 주문 #1042", "언제 도착하나요?", "chulsoo@example.kr", "김철수"],
  ["subject-greek.eml", "Επιστροφή χρημάτων", "Thank you.", "nikos@example.gr", "Νίκος Π."],
  ["body-euc-kr.eml", "파손된 상품", "주문한 상품이 파손되어 도착했습니다. 환불 부탁드립니다.", "minji@example.kr", "Minji Park"],
  ["body-iso-8859-7.eml", "Παραγγελία", "Το δέμα δεν έφτασε ακόμα. Ευχαριστώ!", "eleni@example.gr", "Eleni"],
  ["reply-outlook.eml", "RE: [#1] Wrong colour", "Yes, please refund me.", "jane@example.com", "Jane Doe"],
  ["reply-gmail.eml", "Re: 배송 문의", "감사합니다, 교환으로 해주세요.", "jane@example.com", null],
  ["forwarded.eml", "Fwd: Delivered", /nothing is here\.[\s\S]*Forwarded message[\s\S]*Your parcel was delivered at 08:55\./, "jane@example.com", "Jane Doe"],
]

describe("inbound MIME mapping", () => {
  it.each(EXPECTED)("%s: subject, body and sender as proper text", async (file, subject, body, from, fromName) => {
    const mail = await read(file)
    expect(mail.subject).toBe(subject)
    if (typeof body === "string") expect(mail.body).toBe(body)
    else expect(mail.body).toMatch(body)
    expect(mail.from).toEqual({ address: from, name: fromName })
    expect(mail.auto).toBe(false)
  })

  it("reads ids, threading headers and every recipient", async () => {
    const alt = await read("multipart-alternative.eml")
    expect(alt.message_id).toBe("<alt-0001@mail.example.com>")
    expect(alt.to).toEqual([{ address: "support@support.shop.test", name: null }])
    expect(alt.cc).toEqual([{ address: "partner@example.com", name: "Partner" }])
    expect(alt.body_source).toBe("text")
    const reply = await read("reply-outlook.eml")
    expect(reply.in_reply_to).toBe(vars.IN_REPLY_TO)
    expect(reply.references).toEqual([vars.IN_REPLY_TO])
  })

  it("turns HTML-only mail into safe plain text and trims its quoted part", async () => {
    const mail = await read("html-only.eml")
    expect(mail.body_source).toBe("html")
    expect(mail.body).toContain("tracking page [https://track.example.com/abc] says nothing.")
    expect(mail.body).toContain("click me")
    expect(mail.body).not.toMatch(/javascript|alert|onerror|<|color:red/)
    expect(mail.body).not.toContain("Your order has shipped")
  })

  it("keeps an inline image as an attachment and notes what the upload rules refuse", async () => {
    const mail = await read("inline-image.eml")
    expect(mail.body).toBe("Here is the damage:")
    expect(mail.attachments.map((a) => [a.filename, a.inline])).toEqual([
      ["photo.png", true],
      ["tool.exe", false],
    ])
    const { accepted, rejected } = screenAttachments(mail.attachments, { fileSize: 1024, files: 5 })
    expect(accepted.map((a) => [a.filename, a.mime_type, a.inline])).toEqual([["photo.png", "image/png", true]])
    expect(rejected).toEqual([{ filename: "tool.exe", size: 32, reason: "type" }])
    expect(screenAttachments(mail.attachments, { fileSize: 10, files: 5 }).rejected[0].reason).toBe("size")
    expect(screenAttachments(mail.attachments, { fileSize: 1024, files: 0 }).rejected[0].reason).toBe("count")
  })

  it("classifies auto-replies and bounces", async () => {
    const auto = await read("auto-reply.eml")
    expect([auto.auto, auto.auto_reason]).toEqual([true, "auto_submitted"])
    const bounce = await read("bounce.eml")
    expect([bounce.auto, bounce.auto_reason]).toEqual([true, "bounce"])
    expect(bounce.from.address).toBe("mailer-daemon@mx.example.com")
  })

  it("refuses garbage and empty bodies", async () => {
    await expect(inboundFromMime(emailFixture("garbage.eml"), ctx)).rejects.toBeInstanceOf(InboundMailError)
    await expect(inboundFromMime(Buffer.alloc(0), ctx)).rejects.toBeInstanceOf(InboundMailError)
    await expect(inboundFromMime(Buffer.from("Subject: hi\r\n\r\nno sender\r\n"), ctx)).rejects.toThrow(/From/)
  })

  it("derives a stable id for mail without a Message-ID", async () => {
    const raw = Buffer.from("From: a@b.test\r\nSubject: x\r\n\r\nhello\r\n")
    const [a, b] = [await inboundFromMime(raw, ctx), await inboundFromMime(raw, ctx)]
    expect(a.message_id).toMatch(/^<sha256\.[0-9a-f]{40}@inbound\.invalid>$/)
    expect(a.message_id).toBe(b.message_id)
  })

  it("keeps a placeholder when a mail has no text, and the untrimmed text when trimming leaves none", async () => {
    const empty = await inboundFromMime(Buffer.from("From: a@b.test\r\nSubject: x\r\n\r\n"), ctx)
    expect([empty.body, empty.body_source]).toEqual(["(This email had no text.)", "placeholder"])
    const quoted = await inboundFromMime(Buffer.from("From: a@b.test\r\nSubject: x\r\n\r\n> only a quote\r\n"), ctx)
    expect(quoted.body).toContain("only a quote")
    expect(quoted.body_source).toBe("untrimmed")
  })

  it("flattens a subject with line breaks and bounds it", async () => {
    const raw = Buffer.from(`From: a@b.test\r\nSubject: one\r\n two\tthree ${"x".repeat(300)}\r\n\r\nhi\r\n`)
    const mail = await inboundFromMime(raw, ctx)
    expect(mail.subject.startsWith("one two three x")).toBe(true)
    expect(Array.from(mail.subject)).toHaveLength(200)
    expect(mail.subject).not.toMatch(/[\r\n\t]/)
  })
})
