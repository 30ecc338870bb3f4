"use strict"
// Email both ways in a real browser, through the demo's mailbox (scripts/lib/demo-mailbox.js):
// the mail a guest receives, an answer written from the mailbox that lands on the ticket through
// the inbound webhook, and an agent's reply mailed back without the internal note before it.
const assert = require("node:assert/strict")
const fs = require("node:fs")
const os = require("node:os")
const path = require("node:path")
const { describe, it, before, after } = require("node:test")
const { launch } = require("../lib/browser")
const { BASE_URL, adminClient, request } = require("../lib/api")
const { signIn } = require("../lib/admin-page")

const MAILBOX = process.env.E2E_MAILBOX_URL
const SHOTS = process.env.E2E_SHOTS_DIR || fs.mkdtempSync(path.join(os.tmpdir(), "helpdesk-shots-"))
const run = Date.now().toString(36)
const TIMEOUT = { timeout: 90_000 }

describe("email through the demo mailbox", { skip: !MAILBOX && "no demo mailbox", timeout: 5 * 60_000 }, () => {
  let browser, page, api, ticket
  const guest = `mailbox-${run}@example.com`
  const subject = `E2E ${run} lost <b>parcel</b>`

  /** Opens the newest mail to `to` whose subject contains `text`, waiting for it to arrive. */
  async function openMail(to, text) {
    const until = Date.now() + 60_000
    while (Date.now() < until) {
      await page.goto(MAILBOX)
      const row = page.locator("tbody tr", { hasText: to }).filter({ hasText: text }).first()
      if (await row.count()) {
        await row.locator("a").click()
        return
      }
      await page.waitForTimeout(1000)
    }
    throw new Error(`no mail to ${to} about "${text}" arrived`)
  }

  before(async () => {
    api = await adminClient()
    const [key] = (await api.get("/admin/api-keys?type=publishable&fields=token&limit=1")).api_keys
    ticket = (
      await request("/store/support/tickets", {
        method: "POST",
        headers: { "x-publishable-api-key": key.token, "x-medusa-locale": "el" },
        body: { subject, body: "Η παραγγελία μου δεν έφτασε. Visit http://spam.example now", email: guest, name: "Ελένη" },
      })
    ).ticket
    browser = await launch()
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    page.setDefaultTimeout(30_000)
  })

  after(async () => browser && (await browser.close()))

  it("mails the guest a receipt in their language that quotes nothing they typed", TIMEOUT, async () => {
    await openMail(guest, `#${ticket.display_id}`)
    const text = await page.locator("pre").innerText()
    assert.ok(!text.includes("spam.example") && !text.includes("parcel"), "an unproven address gets no quote of what was typed")
    assert.match(await page.locator("dl").innerText(), /support\+[0-9a-z]{42}@/)
    assert.match(text, /[\u0370-\u03ff]/, "Greek, from the ticket's locale")
    await page.screenshot({ path: path.join(SHOTS, "mailbox.png"), fullPage: true })
  })

  it("stores an answer written in the mailbox on the ticket, by email", TIMEOUT, async () => {
    await page.locator("textarea[name=body]").fill(`Ευχαριστώ, περιμένω ${run}`)
    await page.getByRole("button", { name: "Send the answer to the store" }).click()
    await page.getByText("The store's inbound webhook answered 200").waitFor()
    const { messages } = await api.get(`/admin/support/tickets/${ticket.id}/messages`)
    const answer = messages.find((m) => m.body.includes(run))
    assert.ok(answer, "the answer is on the ticket")
    assert.equal(answer.channel, "email")
    assert.equal(answer.body, `Ευχαριστώ, περιμένω ${run}`, "quoted history trimmed")
  })

  it("mails the agent's reply with the thread, never the internal note", TIMEOUT, async () => {
    await api.post(`/admin/support/tickets/${ticket.id}/messages`, { body: `NOTE-${run} check the courier first`, internal: true })
    await api.post(`/admin/support/tickets/${ticket.id}/messages`, { body: `A new parcel left today (${run}).` })
    const until = Date.now() + 60_000
    let text = ""
    while (Date.now() < until && !text.includes(`A new parcel left today (${run})`)) {
      await openMail(guest, `#${ticket.display_id}`)
      text = await page.locator("pre").innerText()
    }
    assert.ok(text.includes(`A new parcel left today (${run})`), "the reply is in the mail")
    assert.ok(text.includes(`Ευχαριστώ, περιμένω ${run}`), "with the shopper's message before it")
    assert.ok(!text.includes(`NOTE-${run}`), "and never the internal note")
    assert.ok(!(await page.content()).includes(`NOTE-${run}`))
  })
  it("sets mail up in Settings: a switch that sticks, and a webhook secret shown once that opens the webhook", TIMEOUT, async () => {
    await signIn(page)
    await page.goto(`${BASE_URL}/app/settings/support/email`)
    await page.getByTestId("helpdesk-email-settings").waitFor()
    const newTicketMail = page.getByTestId("helpdesk-email-kind-agent_new_ticket").getByRole("switch").first()
    const before = (await api.get("/admin/support/settings")).settings.email.notifications.agent_new_ticket.email
    await newTicketMail.click()
    const until = Date.now() + 10_000
    let now = before
    while (now === before && Date.now() < until) {
      await page.waitForTimeout(200)
      now = (await api.get("/admin/support/settings")).settings.email.notifications.agent_new_ticket.email
    }
    assert.equal(now, !before, "the switch is saved")
    await newTicketMail.click()

    await page.getByRole("button", { name: "Generate a new secret" }).click()
    const confirm = page.getByRole("alertdialog")
    if (await confirm.isVisible().catch(() => false)) await confirm.getByRole("button", { name: "Generate a new secret" }).click()
    const shown = page.getByTestId("helpdesk-email-new-secret").locator("input")
    await shown.waitFor()
    const secret = await shown.inputValue()
    assert.match(secret, /^[A-Za-z0-9_-]{43}$/)
    await page.screenshot({ path: path.join(SHOTS, "email-settings.png"), fullPage: true })
    const raw = `From: ${guest}\r\nTo: support@localhost\r\nSubject: Secret check ${run}\r\nMessage-ID: <secret-${run}@example.com>\r\n\r\nHello\r\n`
    const res = await fetch(`${BASE_URL}/hooks/support/email`, { method: "POST", headers: { "content-type": "message/rfc822", authorization: `Bearer ${secret}` }, body: raw })
    assert.equal(res.status, 200, "the generated secret opens the webhook")
    assert.ok(!JSON.stringify(await api.get("/admin/support/settings")).includes(secret), "and is never shown again")
  })
})
