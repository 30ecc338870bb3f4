"use strict"
// The help center components in a real Next.js App Router build (examples/nextjs-storefront,
// built and started by e2e/run.js against the demo): search, an article, a guest's ticket by the
// contact form and its private link, a signed-in customer's tickets and reply, and the customer's
// JWT never reaching the browser.
const assert = require("node:assert/strict")
const fs = require("node:fs")
const os = require("node:os")
const path = require("node:path")
const { describe, it, before, after } = require("node:test")
const { launch } = require("../lib/browser")
const { adminClient, request } = require("../lib/api")

const APP = process.env.E2E_NEXTJS_URL
const FAILED = process.env.E2E_NEXTJS_ERROR
const SHOTS = process.env.E2E_SHOTS_DIR || fs.mkdtempSync(path.join(os.tmpdir(), "helpdesk-shots-"))
const run = Date.now().toString(36)
const TIMEOUT = { timeout: 120_000 }
const skip = !APP && !FAILED ? "the Next.js example was not started (E2E_SKIP_NEXTJS, or run outside e2e/run.js)" : false

describe("help center in a Next.js App Router storefront", { timeout: 10 * 60_000, skip }, () => {
  let api, key, browser, context, page, article, shopper
  // Everything the example app sent to the browser, to look for the customer's token in.
  const bodies = []
  const browserRequests = []

  before(async () => {
    if (FAILED) throw new Error(`the Next.js example did not start: ${FAILED}`)
    api = await adminClient()
    key = (await api.get("/admin/api-keys?type=publishable&fields=token&limit=1")).api_keys[0].token
    article = (
      await api.post("/admin/support/articles", {
        title: `Gift wrapping ${run}`,
        body: `We wrap every gift in recycled paper.\n\nAsk for it at checkout (reference ${run}).`,
        published: true,
      })
    ).article

    // A shopper who can sign in: Medusa's own store auth routes, as a storefront's sign-up does.
    shopper = { email: `shopper-${run}@example.com`, password: `pw-${run}-secret` }
    const { token } = await request("/auth/customer/emailpass/register", { method: "POST", body: shopper })
    await request("/store/customers", {
      method: "POST",
      token,
      headers: { "x-publishable-api-key": key },
      body: { email: shopper.email, first_name: "Nora", last_name: "Next" },
    })
    const login = await request("/auth/customer/emailpass", { method: "POST", body: shopper })
    shopper.ticket = (
      await request("/store/support/tickets", {
        method: "POST",
        token: login.token,
        headers: { "x-publishable-api-key": key },
        body: { subject: `Next ${run} where is my parcel`, body: "It has been a week." },
      })
    ).ticket

    browser = await launch()
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    context.on("request", (req) => browserRequests.push({ url: req.url(), headers: req.headers() }))
    context.on("response", (res) => {
      if (res.url().startsWith(APP)) bodies.push(res.body().then((b) => ({ url: res.url(), text: b.toString("latin1") }), () => null))
    })
    page = await context.newPage()
    page.setDefaultTimeout(30_000)
  })

  after(async () => {
    await browser?.close()
  })

  it("finds an article by search on the help home and opens it", TIMEOUT, async () => {
    await page.goto(`${APP}/us/help`)
    await page.getByRole("heading", { name: "Help center", level: 1 }).waitFor()
    await page.getByLabel("Search the help center").fill(run)
    await page.getByRole("button", { name: "Search" }).click()
    const hit = page.getByRole("link", { name: article.title })
    await hit.waitFor()
    assert.match(new URL(page.url()).search, new RegExp(`q=${run}`))
    await page.screenshot({ path: path.join(SHOTS, "nextjs-help-search.png") })
    await hit.click()
    await page.waitForURL(`**/us/help/articles/${article.handle}`)
    await page.getByRole("heading", { name: article.title, level: 1 }).waitFor()
    assert.ok(await page.getByText(`Ask for it at checkout (reference ${run}).`).isVisible())
  })

  it("files a guest ticket through the contact form and follows it by the private link", TIMEOUT, async () => {
    const subject = `Next ${run} guest asks about sizes`
    await page.goto(`${APP}/us/help/contact`)
    await page.getByLabel("Subject").fill(subject)
    await page.getByLabel("Message").fill("Do the shirts run small?")
    await page.getByLabel("Email").fill(`guest-${run}@example.com`)
    await page.getByRole("button", { name: "Send", exact: true }).click()
    await page.getByText(/Thanks, we got your message/).waitFor()
    await page.getByText("Keep this private link to follow your ticket:").waitFor()
    const link = await page.getByRole("link", { name: /\/us\/help\/tickets\// }).getAttribute("href")
    // The token in the fragment: the browser never sends it to a server, not even this app's.
    assert.match(link, /\/us\/help\/tickets\/[^/?#]+#token=./)

    const { tickets } = await api.get(`/admin/support/tickets?q=${encodeURIComponent(subject)}&limit=5&fields=id,subject`)
    assert.equal(tickets.filter((t) => t.subject === subject).length, 1, "exactly one ticket was filed")

    // The private link in a fresh browser: no cookie, only the link.
    const fresh = await browser.newContext()
    try {
      const guest = await fresh.newPage()
      await guest.goto(new URL(link, APP).toString())
      await guest.getByText(subject).first().waitFor()
      await guest.getByLabel("Your reply").fill(`guest reply ${run}`)
      await guest.getByRole("button", { name: "Send reply" }).click()
      await guest.getByText(`guest reply ${run}`).waitFor()
    } finally {
      await fresh.close()
    }
  })

  it("signs a customer in, lists their tickets and replies in a thread", TIMEOUT, async () => {
    await page.goto(`${APP}/us/account`)
    await page.getByLabel("Email").fill(shopper.email)
    await page.getByLabel("Password").fill(shopper.password)
    await page.getByRole("button", { name: "Sign in" }).click()
    const nav = page.getByRole("navigation", { name: "Account" })
    await nav.getByRole("link", { name: "Support" }).click()
    await page.waitForURL("**/us/account/support")
    const row = page.getByRole("link", { name: new RegExp(shopper.ticket.subject) })
    await row.waitFor()
    await page.screenshot({ path: path.join(SHOTS, "nextjs-account-support.png") })
    await row.click()
    await page.waitForURL(`**/us/account/support/${shopper.ticket.id}`)

    const text = `customer reply ${run}`
    await page.getByLabel("Your reply").fill(text)
    await page.getByRole("button", { name: "Send reply" }).click()
    await page.getByText(text).waitFor()
    const replied = async () => {
      const { messages } = await api.get(`/admin/support/tickets/${shopper.ticket.id}/messages?limit=100`)
      return messages.some((m) => m.body === text && m.author_type === "customer" && m.author_name === "Nora Next")
    }
    for (let i = 0; i < 20 && !(await replied()); i++) await new Promise((r) => setTimeout(r, 250))
    assert.ok(await replied(), "the reply reached the ticket as the customer's")
    await page.reload()
    await page.getByText(text).waitFor()
  })

  it("keeps the customer's JWT out of browser JavaScript and every response the page got", TIMEOUT, async () => {
    const cookie = (await context.cookies(APP)).find((c) => c.name === "_medusa_jwt")
    assert.ok(cookie, "signed in: the _medusa_jwt cookie is set")
    assert.equal(cookie.httpOnly, true)
    const jwt = cookie.value
    const signature = jwt.split(".")[2]
    assert.ok(signature && signature.length > 20)

    assert.equal((await page.evaluate(() => document.cookie)).includes(signature), false)
    assert.equal((await page.content()).includes(signature), false)
    const seen = (await Promise.all(bodies)).filter(Boolean)
    assert.ok(seen.some((b) => /\.js(\?|$)/.test(b.url)), "the app's scripts were checked too")
    const leaks = seen.filter((b) => b.text.includes(signature)).map((b) => b.url)
    assert.deepEqual(leaks, [])
    // The browser never talks to Medusa with the token: every request goes to the app.
    const withToken = browserRequests.filter((r) => Object.values(r.headers).some((v) => v.includes(signature)))
    assert.deepEqual(withToken.filter((r) => !r.url.startsWith(APP)), [])
    const direct = browserRequests.filter((r) => /\/(store|auth)\//.test(new URL(r.url).pathname) && !r.url.startsWith(APP))
    assert.deepEqual(direct.map((r) => r.url), [])
  })
})
