// The demo mailbox against real sockets: mail sent over SMTP shows on its page, escaped, and an
// answer from the page reaches the (here: fake) inbound webhook as raw MIME with the secret.
const http = require("http")
const nodemailer = require("nodemailer")
const { simpleParser } = require("mailparser")
const { startDemoMailbox } = require("../demo-mailbox")

const SECRET = "demo-inbound-secret-0123456789"

let mailbox
let webhook
const posted = []

beforeAll(async () => {
  webhook = http.createServer((req, res) => {
    const chunks = []
    req.on("data", (c) => chunks.push(c))
    req.on("end", () => {
      posted.push({ headers: req.headers, body: Buffer.concat(chunks) })
      res.writeHead(202, { "content-type": "application/json" })
      res.end('{"stored":true}')
    })
  })
  await new Promise((r) => webhook.listen(0, "127.0.0.1", r))
  mailbox = await startDemoMailbox({
    webhookUrl: `http://127.0.0.1:${webhook.address().port}/hooks/support/email`,
    secret: SECRET,
    storeAddress: "support@shop.test",
  })
})

afterAll(async () => {
  await mailbox?.close()
  await new Promise((r) => webhook.close(() => r()))
})

const get = async (path) => {
  const res = await fetch(`${mailbox.pageUrl}${path}`)
  return { status: res.status, text: await res.text() }
}
const postForm = (path, fields) =>
  fetch(`${mailbox.pageUrl}${path}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
    redirect: "manual",
  })
const tokenOf = (html) => /name="token" value="([0-9a-f]+)"/.exec(html)[1]

it("keeps what the store sends and shows it escaped, as its recipient reads it", async () => {
  const transport = nodemailer.createTransport({ url: mailbox.smtpUrl, ignoreTLS: true })
  await transport.sendMail({
    from: '"Shop" <support@shop.test>',
    to: "ana@example.com",
    replyTo: "support+abc123@shop.test",
    subject: "Re: <img src=x onerror=alert(1)> 환불",
    messageId: "<supmsg_1-reply.abcdef012345@shop.test>",
    text: "We sent a new parcel.",
    html: "<p>We sent a <b>new</b> parcel.</p>",
  })
  expect(mailbox.mails).toHaveLength(1)

  const list = await get("/")
  expect(list.text).toContain("ana@example.com")
  expect(list.text).toContain("&lt;img src=x onerror=alert(1)&gt; 환불")
  expect(list.text).not.toContain("<img src=x")

  const id = mailbox.mails[0].id
  const page = await get(`/mail/${id}`)
  expect(page.text).toContain("support+abc123@shop.test")
  expect(page.text).toContain("We sent a new parcel.")
  // The mail's HTML sits in a sandboxed frame, escaped inside its srcdoc.
  expect(page.text).toContain('<iframe sandbox srcdoc="&lt;p&gt;We sent a &lt;b&gt;new&lt;/b&gt; parcel.&lt;/p&gt;">')
  expect((await get(`/mail/${id}/raw`)).text).toContain("Message-ID: <supmsg_1-reply.abcdef012345@shop.test>")
})

it("answers a mail through the inbound webhook, threaded, as the recipient", async () => {
  const id = mailbox.mails[0].id
  const page = await get(`/mail/${id}`)

  const refused = await postForm(`/mail/${id}/reply`, { token: "0".repeat(32), body: "forged" })
  expect(refused.status).toBe(403)
  expect(posted).toHaveLength(0)

  const res = await postForm(`/mail/${id}/reply`, { token: tokenOf(page.text), body: "Thank you, it arrived." })
  expect(res.status).toBe(303)
  expect(res.headers.get("location")).toBe(`/mail/${id}?status=202&detail=${encodeURIComponent('{"stored":true}')}`)

  expect(posted).toHaveLength(1)
  expect(posted[0].headers["content-type"]).toBe("message/rfc822")
  expect(posted[0].headers.authorization).toBe(`Bearer ${SECRET}`)
  const reply = await simpleParser(posted[0].body)
  expect(reply.from.value[0].address).toBe("ana@example.com")
  expect(reply.to.value[0].address).toBe("support+abc123@shop.test")
  expect(reply.subject).toBe("Re: <img src=x onerror=alert(1)> 환불")
  expect(reply.inReplyTo).toBe("<supmsg_1-reply.abcdef012345@shop.test>")
  expect(reply.text).toMatch(/^Thank you, it arrived\.\n\nOn .* wrote:\n> We sent a new parcel\./)
})

it("writes a new mail to the store's address", async () => {
  const page = await get("/compose")
  const res = await postForm("/compose", { token: tokenOf(page.text), from: "new@example.com", subject: "Πού είναι;", body: "Η παραγγελία μου" })
  expect(res.status).toBe(303)
  const mail = await simpleParser(posted[posted.length - 1].body)
  expect(mail.from.value[0].address).toBe("new@example.com")
  expect(mail.to.value[0].address).toBe("support@shop.test")
  expect(mail.subject).toBe("Πού είναι;")
  expect(mail.text.trim()).toBe("Η παραγγελία μου")
})
