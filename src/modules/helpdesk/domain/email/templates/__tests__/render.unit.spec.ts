import { MAIL_KINDS, MAIL_LOCALES, mailLocale, renderMail, STRINGS } from ".."

const evil = `<img src=x onerror=alert(1)>`

describe("mailLocale", () => {
  it.each([
    ["ko", "ko"],
    ["ko-KR", "ko"],
    ["KO_kr", "ko"],
    ["el", "el"],
    ["el-GR", "el"],
    ["en-US", "en"],
    ["fr", "en"],
    ["", "en"],
    [null, "en"],
  ])("%s -> %s", (given, expected) => expect(mailLocale(given)).toBe(expected))
})

describe("renderMail", () => {
  it("has every kind in every locale", () => {
    for (const locale of MAIL_LOCALES) for (const kind of MAIL_KINDS) expect(STRINGS[locale][kind].subject).toBeTruthy()
  })

  it("writes the ticket's language", () => {
    const ko = renderMail({ kind: "reply", locale: "ko-KR", store: "Shop", number: 7, subject: "배송", agent: "Mina", quote: true })
    expect(ko.subject).toBe("Re: 배송 [#7]")
    expect(ko.text).toContain("Mina님이 문의에 답변했습니다")
    const el = renderMail({ kind: "solved", locale: "el", store: "Shop", number: 7, quote: true })
    expect(el.subject).toBe("Το αίτημά σας #7 επιλύθηκε")
    expect(el.html).toContain('lang="el"')
  })

  it("escapes every value in HTML and keeps the subject to one line", () => {
    const mail = renderMail({
      kind: "agent_customer_replied",
      store: `Shop ${evil}`,
      number: 3,
      subject: `Hi ${evil}\r\nBcc: x@evil.test`,
      name: `Eve ${evil}`,
      link: "https://admin.test/app/support/supt_1",
      thread: [{ author: `Eve ${evil}`, body: `body ${evil}` }],
      quote: true,
    })
    expect(mail.html).not.toContain("<img")
    expect(mail.html).toContain("&lt;img src=x onerror=alert(1)&gt;")
    expect(mail.subject).not.toMatch(/[\r\n]/)
    expect(mail.subject).toContain("Bcc: x@evil.test") // flattened into the subject text, not a header
  })

  it("quotes nothing the requester typed when quote is false", () => {
    const mail = renderMail({
      kind: "received",
      store: "Shop",
      number: 9,
      subject: "CHEAP PILLS http://spam.test",
      name: "Buy now http://spam.test",
      link: "https://shop.test/t/1?token=abc",
      thread: [{ author: "x", body: "http://spam.test" }],
      quote: false,
    })
    for (const part of [mail.subject, mail.text, mail.html]) {
      expect(part).not.toMatch(/spam|PILLS|Buy now/)
    }
    expect(mail.text).toContain("https://shop.test/t/1?token=abc")
  })

  it("links only http(s) URLs", () => {
    const mail = renderMail({ kind: "solved", store: "S", number: 1, link: "javascript:alert(1)", quote: true })
    expect(mail.html).not.toContain("javascript:")
    expect(mail.text).not.toContain("javascript:")
  })

  it("takes host overrides per kind and locale, still escaped", () => {
    const overrides = {
      solved: { "*": { subject: "Done: #{number} at {store}" }, ko: { subject: "완료 #{number}" } },
      received: { en: { intro: "<b>Thanks</b> {subject} {unknown}" } },
    }
    expect(renderMail({ kind: "solved", store: "S", number: 4, quote: true }, overrides).subject).toBe("Done: #4 at S")
    expect(renderMail({ kind: "solved", locale: "ko", store: "S", number: 4, quote: true }, overrides).subject).toBe("완료 #4")
    const received = renderMail({ kind: "received", store: "S", number: 4, subject: "typed", quote: false }, overrides)
    expect(received.html).toContain("&lt;b&gt;Thanks&lt;/b&gt;")
    expect(received.text).not.toContain("typed")
    expect(received.text).not.toContain("{unknown}")
  })

  it("puts the survey's question and link in the solved mail, escaped, http(s) only", () => {
    const url = "https://shop.test/support/surveys/supt_1.abc.def.y.mac"
    const mail = renderMail({ kind: "solved", locale: "ko", store: "Shop", number: 9, quote: true, survey: { question: `도움이 되었나요? ${evil}`, url } })
    expect(mail.text).toContain(`한 번의 클릭으로 답변하기: ${url}`)
    expect(mail.text).toContain("도움이 되었나요?")
    expect(mail.html).toContain(`href="${url}"`)
    expect(mail.html).not.toContain("<img")
    const unsafe = renderMail({ kind: "solved", locale: "en", store: "Shop", number: 9, quote: true, survey: { question: "Q?", url: "javascript:alert(1)" } })
    expect(unsafe.text).not.toContain("Answer in one click")
    expect(unsafe.html).not.toContain("javascript:")
    expect(renderMail({ kind: "solved", locale: "en", store: "Shop", number: 9, quote: true }).text).not.toContain("Answer in one click")
  })
})
