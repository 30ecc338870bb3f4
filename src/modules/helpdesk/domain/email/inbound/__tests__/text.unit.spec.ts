import { flattenSubject, mailBody, NO_SUBJECT, replyText, storableText } from "../text"

describe("inbound text", () => {
  it("trims a Gmail-style quoted reply and a signature", async () => {
    expect(await replyText("Thanks, that works!\n\nOn Tue, Dec 1, 2026 at 10:00 AM Shop <s@x.test> wrote:\n> Hello\n")).toBe(
      "Thanks, that works!"
    )
    expect(await replyText("Hi there\n\n-- \nJane Doe\nACME\n")).toBe("Hi there")
  })

  it("removes what Postgres cannot store and flattens subjects", () => {
    expect(storableText("a\u0000b\ud800c\u0007d")).toBe("abcd")
    expect(flattenSubject("  \r\n ")).toBe(NO_SUBJECT)
    expect(flattenSubject("Hello\r\nBcc: x@y")).toBe("Hello Bcc: x@y")
  })

  it("bounds the body", async () => {
    const { body } = await mailBody("x".repeat(30_000), null)
    expect(Array.from(body)).toHaveLength(20_000)
  })
})
