// The demo's own mailbox, for `npm run demo` without SMTP_URL: an SMTP server that keeps every
// mail the store sends (in memory), and a small web page on localhost that lists them, shows each
// one as the shopper would receive it, and answers or writes mail to the store through the real
// inbound webhook (POST /hooks/support/email, raw MIME), as a mail provider's relay would.
"use strict"

const crypto = require("crypto")
const http = require("http")
const path = require("path")

const ROOT = path.resolve(__dirname, "..", "..")
const load = (name) => require(require.resolve(name, { paths: [ROOT] }))

const MAX_MAILS = 500
const MAX_MAIL_BYTES = 10 * 1024 * 1024

const escapeHtml = (value) =>
  String(value ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c])

const addressList = (field) => (field?.value ?? []).map((a) => a.address).filter(Boolean)
const headerText = (mail, name) => {
  const value = mail.parsed.headers.get(name)
  if (value === undefined || value === null) return ""
  if (Array.isArray(value)) return value.join(" ")
  if (typeof value === "object") return value.text ?? value.value ?? JSON.stringify(value)
  return String(value)
}

/**
 * Starts the SMTP catcher (on a free port unless `smtpPort` is given) and the mailbox page.
 * `webhookUrl` and `secret` are the inbound webhook the page posts answers to; `storeAddress` is
 * where "write a new mail" sends to (the store's support address).
 * Resolves to { smtpUrl, pageUrl, mails, close }.
 */
async function startDemoMailbox({ webhookUrl, secret, storeAddress = "support@localhost", pagePort = 0, smtpPort = 0, host = "127.0.0.1", log = () => {} }) {
  const { SMTPServer } = load("smtp-server")
  const { simpleParser } = load("mailparser")
  const MailComposer = load("nodemailer/lib/mail-composer")

  const mails = []
  let nextId = 1
  const formToken = crypto.randomBytes(16).toString("hex")

  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    size: MAX_MAIL_BYTES,
    logger: false,
    onData(stream, session, callback) {
      const chunks = []
      stream.on("data", (c) => chunks.push(c))
      stream.on("end", async () => {
        if (stream.sizeExceeded) return callback(Object.assign(new Error("Message too large"), { responseCode: 552 }))
        const raw = Buffer.concat(chunks)
        try {
          const parsed = await simpleParser(raw)
          const envelope = session.envelope.rcptTo.map((r) => r.address)
          mails.unshift({ id: nextId++, raw, parsed, envelope, received_at: new Date() })
          if (mails.length > MAX_MAILS) mails.length = MAX_MAILS
          log(`mail to ${envelope.join(", ")}: ${parsed.subject ?? "(no subject)"}`)
          callback()
        } catch (err) {
          callback(err)
        }
      })
    },
  })
  await new Promise((resolve, reject) => {
    smtp.once("error", reject)
    smtp.listen(smtpPort, host, resolve)
  })
  smtp.on("error", (err) => log(`SMTP error: ${err.message}`))

  async function postToStore(message) {
    const raw = await new Promise((resolve, reject) =>
      new MailComposer(message).compile().build((err, buf) => (err ? reject(err) : resolve(buf)))
    )
    const res = await fetch(webhookUrl, {
      method: "POST",
      headers: { "content-type": "message/rfc822", authorization: `Bearer ${secret}` },
      body: raw,
    })
    const text = await res.text().catch(() => "")
    return { status: res.status, text: text.slice(0, 500) }
  }

  /** An answer from the mail's recipient (the shopper), as their mail client would write it. */
  function replyTo(mail, body) {
    const original = mail.parsed
    const shopper = addressList(original.to)[0] ?? mail.envelope[0]
    const to = addressList(original.replyTo)[0] ?? addressList(original.from)[0]
    const quoted = (original.text ?? "")
      .split("\n")
      .map((l) => `> ${l}`)
      .join("\n")
    const subject = original.subject ?? ""
    return {
      from: shopper,
      to,
      subject: /^re:/i.test(subject) ? subject : `Re: ${subject}`,
      inReplyTo: original.messageId,
      references: [...(Array.isArray(original.references) ? original.references : original.references ? [original.references] : []), original.messageId].filter(Boolean),
      text: `${body}\n\nOn ${original.date?.toUTCString() ?? "an earlier day"}, ${original.from?.text ?? to} wrote:\n${quoted}\n`,
    }
  }

  const page = (title, body) => `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1f2937}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #e5e7eb;padding:.4rem;text-align:left;vertical-align:top}
a{color:#2563eb}pre{white-space:pre-wrap;background:#f9fafb;padding:.75rem;border:1px solid #e5e7eb}
iframe{width:100%;height:28rem;border:1px solid #e5e7eb}textarea,input{width:100%;font:inherit;box-sizing:border-box}
.note{background:#ecfdf5;border:1px solid #a7f3d0;padding:.5rem}.error{background:#fef2f2;border-color:#fecaca}
dt{font-weight:600}dd{margin:0 0 .4rem 0;word-break:break-all}</style></head><body>${body}</body></html>`

  const notice = (url) => {
    const status = url.searchParams.get("status")
    if (!status) return ""
    const ok = /^2/.test(status)
    return `<p class="note${ok ? "" : " error"}">The store's inbound webhook answered ${escapeHtml(status)}${ok ? ": the mail is on its ticket (or a new ticket)." : `: ${escapeHtml(url.searchParams.get("detail") ?? "")}`}</p>`
  }

  function listPage(url) {
    const rows = mails
      .map(
        (m) => `<tr><td>${escapeHtml(m.received_at.toISOString().replace("T", " ").slice(0, 19))}</td>
<td>${escapeHtml(m.envelope.join(", "))}</td><td><a href="/mail/${m.id}">${escapeHtml(m.parsed.subject || "(no subject)")}</a></td></tr>`
      )
      .join("")
    return page(
      "Demo mailbox",
      `<h1>Demo mailbox</h1>${notice(url)}<p>Every mail the demo store sends lands here. Open one to read it as its recipient would, and answer it: the answer goes to the store's inbound webhook like a real reply. <a href="/compose">Write a new mail to the store</a>.</p>
<table><thead><tr><th>received (UTC)</th><th>to</th><th>subject</th></tr></thead><tbody>${rows || `<tr><td colspan="3">No mail yet. Open a ticket in the store, or answer one in the admin.</td></tr>`}</tbody></table>`
    )
  }

  function mailPage(mail, url) {
    const p = mail.parsed
    const headers = ["from", "to", "reply-to", "subject", "message-id", "in-reply-to", "references", "auto-submitted"]
      .map((h) => `<dt>${escapeHtml(h)}</dt><dd>${escapeHtml(headerText(mail, h)) || "&mdash;"}</dd>`)
      .join("")
    // The mail's HTML runs in a sandboxed frame: no scripts, no access to this page.
    const html = p.html ? `<h2>HTML</h2><iframe sandbox srcdoc="${escapeHtml(p.html)}"></iframe>` : ""
    return page(
      p.subject || "Mail",
      `<p><a href="/">&larr; all mail</a> &middot; <a href="/mail/${mail.id}/raw">raw</a></p>${notice(url)}
<h1>${escapeHtml(p.subject || "(no subject)")}</h1><dl>${headers}</dl>${html}
<h2>Plain text</h2><pre>${escapeHtml(p.text ?? "")}</pre>
<h2>Answer as ${escapeHtml(addressList(p.to)[0] ?? mail.envelope[0])}</h2>
<form method="post" action="/mail/${mail.id}/reply"><input type="hidden" name="token" value="${formToken}">
<textarea name="body" rows="6" required></textarea><p><button>Send the answer to the store</button></p></form>`
    )
  }

  function composePage(url) {
    return page(
      "Write to the store",
      `<p><a href="/">&larr; all mail</a></p>${notice(url)}<h1>Write a new mail to the store</h1>
<form method="post" action="/compose"><input type="hidden" name="token" value="${formToken}">
<p>From <input name="from" type="email" value="shopper@example.com" required></p>
<p>Subject <input name="subject" required></p><p><textarea name="body" rows="8" required></textarea></p>
<p><button>Send</button></p></form>`
    )
  }

  const readForm = (req) =>
    new Promise((resolve, reject) => {
      let data = ""
      req.on("data", (c) => {
        data += c
        if (data.length > 1_000_000) req.destroy()
      })
      req.on("end", () => resolve(new URLSearchParams(data)))
      req.on("error", reject)
    })

  const send = (res, status, body, type = "text/html; charset=utf-8") => {
    res.writeHead(status, { "content-type": type, "x-content-type-options": "nosniff", "cache-control": "no-store" })
    res.end(body)
  }
  const redirect = (res, location) => {
    res.writeHead(303, { location })
    res.end()
  }

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, "http://mailbox.local")
    try {
      if (req.method === "GET" && url.pathname === "/") return send(res, 200, listPage(url))
      if (req.method === "GET" && url.pathname === "/compose") return send(res, 200, composePage(url))
      const match = /^\/mail\/(\d+)(\/raw|\/reply)?$/.exec(url.pathname)
      const mail = match && mails.find((m) => m.id === Number(match[1]))
      if (req.method === "GET" && mail && !match[2]) return send(res, 200, mailPage(mail, url))
      if (req.method === "GET" && mail && match[2] === "/raw") return send(res, 200, mail.raw, "text/plain; charset=utf-8")
      if (req.method === "POST" && (url.pathname === "/compose" || (mail && match[2] === "/reply"))) {
        const form = await readForm(req)
        // A page elsewhere in the browser cannot post here: it does not know this token.
        if (form.get("token") !== formToken) return send(res, 403, page("Refused", "<p>Stale form: reload the page.</p>"))
        const message = mail
          ? replyTo(mail, form.get("body") ?? "")
          : { from: form.get("from"), to: storeAddress, subject: form.get("subject"), text: form.get("body") ?? "" }
        const result = await postToStore(message)
        const back = mail ? `/mail/${mail.id}` : "/compose"
        return redirect(res, `${back}?status=${result.status}&detail=${encodeURIComponent(result.text)}`)
      }
      send(res, 404, page("Not found", '<p>Not found. <a href="/">All mail</a></p>'))
    } catch (err) {
      send(res, 502, page("Error", `<p>${escapeHtml(err.message)}</p><p><a href="/">All mail</a></p>`))
    }
  })
  await new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(pagePort, host, resolve)
  })

  const smtpAddress = smtp.server.address()
  return {
    smtpUrl: `smtp://localhost:${smtpAddress.port}`,
    pageUrl: `http://localhost:${server.address().port}`,
    mails,
    close: () => Promise.all([new Promise((r) => server.close(() => r())), new Promise((r) => smtp.close(() => r()))]),
  }
}

module.exports = { startDemoMailbox }
