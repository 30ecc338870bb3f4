"use strict"
// The help center as a shopper meets it: the demo storefront page (scripts/lib/demo-storefront.js,
// its own origin) with the one-tag embed loaded from the backend. Playwright's locators pierce the
// embed's open shadow root.
const assert = require("node:assert/strict")
const fs = require("node:fs")
const os = require("node:os")
const path = require("node:path")
const { describe, it, before, after } = require("node:test")
const { launch } = require("../lib/browser")
const { adminClient, request } = require("../lib/api")

const SHOTS = process.env.E2E_SHOTS_DIR || fs.mkdtempSync(path.join(os.tmpdir(), "helpdesk-shots-"))
const STOREFRONT = process.env.E2E_STOREFRONT_URL || `http://localhost:${process.env.STOREFRONT_PORT || 8000}/help`
const TIMEOUT = { timeout: 120_000 }
const run = Date.now().toString(36)
// A 1x1 PNG, as a shopper's screenshot.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64")

describe("help center on the demo storefront", { timeout: 15 * 60_000 }, () => {
  let browser, api, key

  before(async () => {
    fs.mkdirSync(SHOTS, { recursive: true })
    api = await adminClient()
    key = (await api.get("/admin/api-keys?type=publishable&fields=token&limit=1")).api_keys[0].token
    browser = await launch()
  })
  after(async () => browser?.close())

  const open = async (lang = "en", context) => {
    const ctx = context ?? (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: lang }))
    const page = await ctx.newPage()
    page.setDefaultTimeout(30_000)
    await page.goto(`${STOREFRONT}?lang=${lang}`)
    await page.locator("medusa-help-center").getByRole("searchbox").or(page.locator("medusa-help-center input[type=search]")).first().waitFor()
    return { ctx, page, help: page.locator("medusa-help-center") }
  }

  const search = async (help, q) => {
    const box = help.locator("input[type=search]").first()
    await box.fill(q)
    await box.press("Enter")
  }

  for (const [lang, q, expected] of [
    ["en", "refund", "When will I get my refund?"],
    ["ko", "환불", "환불은 언제 받을 수 있나요?"],
    ["el", "επιστροφή χρημάτων", "Πότε θα πάρω την επιστροφή χρημάτων;"],
  ]) {
    it(`finds the right article in ${lang} ("${q}"), and shows the help center in that language`, TIMEOUT, async () => {
      const { ctx, page, help } = await open(lang)
      await page.screenshot({ path: path.join(SHOTS, `help-center-${lang}.png`), fullPage: true })
      await search(help, q)
      // The results' heading names the query ("Results for “q”" in each language).
      await help.getByRole("heading", { name: q }).waitFor()
      const first = help.locator("a", { hasText: expected }).first()
      await first.waitFor()
      // Best match among the first three results.
      // Article links (the category cards also carry their description on a second line).
      const titles = (await help.locator("ol a, ul a").allInnerTexts()).filter((t) => !t.includes("\n"))
      const rank = titles.findIndex((t) => t.includes(expected))
      assert.ok(rank >= 0 && rank < 3, `"${expected}" in the top 3 of ${JSON.stringify(titles.slice(0, 5))}`)
      await first.click()
      await help.getByRole("heading", { name: expected }).waitFor()
      assert.equal(await help.locator("[lang]").first().getAttribute("lang"), lang)
      await ctx.close()
    })
  }

  it("counts helpful feedback once per visitor", TIMEOUT, async () => {
    const { articles } = await api.get("/admin/support/articles?locale=en&q=tracking&limit=5")
    const article = articles.find((a) => a.handle === "track-your-order")
    assert.ok(article, "the demo's tracking article")
    const { ctx, help } = await open("en")
    await search(help, "tracking")
    await help.locator("a", { hasText: article.title }).first().click()
    await help.getByRole("button", { name: "Yes" }).click()
    await help.getByText("Thanks for your feedback.").waitFor()
    const after1 = (await api.get(`/admin/support/articles/${article.id}`)).article.helpful_count
    assert.equal(after1, article.helpful_count + 1)
    // The same visitor again (reload, same browser): nothing more is counted.
    const page = help.page()
    await page.reload()
    await help.locator("input[type=search]").first().waitFor()
    await search(help, "tracking")
    await help.locator("a", { hasText: article.title }).first().click()
    const yes = help.getByRole("button", { name: "Yes" })
    if (await yes.isVisible().catch(() => false)) {
      await yes.click()
      await page.waitForTimeout(1000)
    }
    assert.equal((await api.get(`/admin/support/articles/${article.id}`)).article.helpful_count, after1)
    await ctx.close()
  })

  it("a guest sees a suggestion while typing, files a ticket with a screenshot, and replies from the private link in a fresh browser", TIMEOUT, async () => {
    const { ctx, page, help } = await open("en")
    await help.getByRole("link", { name: "Contact us" }).first().click()
    await help.getByLabel("Subject").fill("How long does a refund take")
    await help.getByText("These articles may answer your question").waitFor()
    await help.locator("a", { hasText: "When will I get my refund?" }).first().waitFor()
    await help.getByLabel("Message").fill(`E2E ${run}: I sent my hoodie back last week.`)
    await help.getByLabel("Email").fill(`guest-${run}@example.com`)
    await help.locator("input[type=file]").first().setInputFiles({ name: "screenshot.png", mimeType: "image/png", buffer: PNG })
    // Uploaded on pick: its preview and remove button show once the store has it.
    await help.getByRole("button", { name: "Remove screenshot.png" }).waitFor()
    await help.locator("img.mhd-preview-img").waitFor()
    await help.getByRole("button", { name: "Send" }).click()
    await help.getByText("Keep this private link to follow your ticket:").waitFor()
    const link = await help.locator("input[readonly], a[href*='ticket=']").first().evaluate((el) => el.value || el.href)
    assert.match(link, /ticket=/)
    const { tickets } = await api.get(`/admin/support/tickets?q=${encodeURIComponent(run)}&fields=id,subject,email`)
    const ticket = tickets.find((t) => t.email === `guest-${run}@example.com`)
    assert.ok(ticket, "the ticket reached the inbox")
    const full = (await api.get(`/admin/support/tickets/${ticket.id}`)).ticket
    assert.equal(full.messages[0].attachments?.length, 1, "the screenshot is attached")
    await ctx.close()

    // A fresh browser context: no storage, only the link.
    const fresh = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const guest = await fresh.newPage()
    await guest.goto(link)
    // The link opens the thread in the page's help center and in the floating button's panel
    // (a modal dialog, which then covers the page): reply where it is on top.
    await guest.getByText("I sent my hoodie back last week.").first().waitFor()
    const panel = guest.locator("medusa-help-button")
    const g = (await panel.getByText("I sent my hoodie back last week.").count()) ? panel : guest.locator("medusa-help-center")
    await g.getByLabel("Your reply").fill(`E2E ${run}: any news?`)
    // The floating Help button sits over the bottom-right corner of the viewport, where the
    // thread's Send button lands when scrolled into view: press it by script.
    await g.getByRole("button", { name: "Send reply" }).evaluate((b) => b.click())
    await g.getByText(`E2E ${run}: any news?`).waitFor()
    const thread = (await api.get(`/admin/support/tickets/${ticket.id}`)).ticket.messages.map((m) => m.body)
    assert.ok(thread.includes(`E2E ${run}: any news?`))
    await fresh.close()
  })

  it("a signed-in customer lists their tickets, replies, closes, reopens and rates; sees the agent's reply, never the internal note", TIMEOUT, async () => {
    const login = { email: "emma.walsh@example.com", password: "shopper123" }
    const { token } = await request("/auth/customer/emailpass", { method: "POST", body: login })
    const created = await request("/store/support/tickets", {
      method: "POST",
      token,
      headers: { "x-publishable-api-key": key },
      body: { subject: `E2E ${run} signed-in question`, body: "Is the mug dishwasher safe?" },
    })
    const id = created.ticket.id
    await api.post(`/admin/support/tickets/${id}/messages`, { body: `E2E ${run} agent: yes, it is.` })
    await api.post(`/admin/support/tickets/${id}/messages`, { body: `E2E ${run} internal: check the glaze batch`, internal: true })

    const { ctx, page, help } = await open("en")
    await page.getByTestId("sign-in-form").locator("input[name=email]").fill(login.email)
    await page.getByTestId("sign-in-form").locator("input[name=password]").fill(login.password)
    await page.getByTestId("sign-in-form").getByRole("button").click()
    await page.getByTestId("signed-in").waitFor()
    await help.getByRole("link", { name: "My tickets" }).first().click()
    await help.locator("a", { hasText: `E2E ${run} signed-in question` }).click()
    await help.getByText(`E2E ${run} agent: yes, it is.`).waitFor()
    assert.equal(await help.getByText(`E2E ${run} internal`).count(), 0, "the internal note is not shown")
    assert.ok(!(await page.content()).includes("check the glaze batch"))

    await help.getByLabel("Your reply").fill(`E2E ${run} thanks!`)
    await help.getByRole("button", { name: "Send reply" }).click()
    await help.getByText(`E2E ${run} thanks!`).waitFor()
    await help.getByRole("button", { name: "Close ticket" }).click()
    await help.getByRole("button", { name: "Reopen ticket" }).waitFor()
    assert.equal((await api.get(`/admin/support/tickets/${id}`)).ticket.status, "closed")
    await help.getByRole("button", { name: "Reopen ticket" }).click()
    await help.getByRole("button", { name: "Close ticket" }).waitFor()
    assert.equal((await api.get(`/admin/support/tickets/${id}`)).ticket.status, "open")

    // An agent's reply made now appears in the thread (after a reload).
    await api.post(`/admin/support/tickets/${id}/messages`, { body: `E2E ${run} agent: glad to help.`, status: "solved" })
    await page.reload()
    await page.getByTestId("signed-in").waitFor()
    await help.getByRole("link", { name: "My tickets" }).first().click()
    await help.locator("a", { hasText: `E2E ${run} signed-in question` }).click()
    await help.getByText(`E2E ${run} agent: glad to help.`).waitFor()
    await help.getByText("How did we do?").waitFor()
    await help.getByRole("radio", { name: "5 of 5" }).check().catch(async () => help.getByRole("button", { name: "5 of 5" }).click())
    await help.getByRole("button", { name: "Send rating" }).click()
    await help.getByText("You rated this 5 of 5. Thank you.").waitFor()
    assert.equal((await api.get(`/admin/support/tickets/${id}`)).ticket.rating?.score, 5)
    await ctx.close()
  })
})
