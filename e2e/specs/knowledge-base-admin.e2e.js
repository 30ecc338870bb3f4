"use strict"
// Settings -> Support -> Knowledge base, and the phone callbacks in the inbox and on the ticket page.
const assert = require("node:assert/strict")
const fs = require("node:fs")
const os = require("node:os")
const path = require("node:path")
const { describe, it, before, after } = require("node:test")
const { BASE_URL, adminClient, request } = require("../lib/api")
const { choose, openAdmin } = require("../lib/admin-page")

const SHOTS = process.env.E2E_SHOTS_DIR || fs.mkdtempSync(path.join(os.tmpdir(), "helpdesk-shots-"))
const TIMEOUT = { timeout: 120_000 }
const run = Date.now().toString(36)

describe("knowledge base and callbacks in the admin", { timeout: 15 * 60_000 }, () => {
  let browser, page, api, key

  before(async () => {
    fs.mkdirSync(SHOTS, { recursive: true })
    api = await adminClient()
    key = (await api.get("/admin/api-keys?type=publishable&fields=token&limit=1")).api_keys[0].token
    ;({ browser, page } = await openAdmin())
  })
  after(async () => browser?.close())

  it("creates an article with a live preview, translates it side by side, and publishes it", TIMEOUT, async () => {
    const title = `E2E ${run} gift wrapping`
    await page.goto(`${BASE_URL}/app/settings/support/knowledge-base`)
    await page.getByTestId("helpdesk-knowledge-base").waitFor()
    await page.getByRole("button", { name: "Create article" }).first().click()
    await page.locator("#kb-title").fill(title)
    await page.locator("#kb-handle").fill(`e2e-${run}-gift-wrapping`)
    await page.locator("#kb-body").fill("## Gift wrapping\n\nWe wrap **every** order for free. <script>alert(1)</script>")
    // The preview is the server's sanitised HTML: bold kept, the script gone.
    const preview = page.getByTestId("helpdesk-kb-preview")
    await preview.locator("strong", { hasText: "every" }).waitFor()
    assert.equal(await preview.locator("script").count(), 0)
    await page.screenshot({ path: path.join(SHOTS, "kb-editor.png") })
    await page.getByTestId("helpdesk-kb-save").click()
    await page.locator("tbody tr", { hasText: title }).waitFor()
    const { articles } = await api.get(`/admin/support/articles?q=${encodeURIComponent(run)}&limit=5`)
    const article = articles.find((a) => a.title === title)
    assert.ok(article && !article.published, "saved as a draft")
    // A draft is not on the store.
    const hidden = await fetch(`${BASE_URL}/store/support/articles/${article.handle}`, { headers: { "x-publishable-api-key": key } })
    assert.equal(hidden.status, 404)

    // Translation: the English original beside the Korean editor.
    const row = page.locator("tbody tr", { hasText: title })
    await row.locator("button").last().click()
    await page.getByRole("menuitem", { name: "Add translation" }).click()
    await page.getByText("We wrap").first().waitFor()
    await page.locator("#kb-title").fill(`E2E ${run} 선물 포장`)
    await page.locator("#kb-locale").fill("ko")
    await page.locator("#kb-body").fill("모든 주문을 **무료로** 포장해 드립니다.")
    await page.getByTestId("helpdesk-kb-preview").locator("strong", { hasText: "무료로" }).waitFor()
    await page.screenshot({ path: path.join(SHOTS, "kb-translation.png") })
    await page.getByTestId("helpdesk-kb-save").click()
    await page.locator("tbody tr", { hasText: `E2E ${run} 선물 포장` }).waitFor()
    const ko = (await api.get(`/admin/support/articles?q=${encodeURIComponent(run)}&limit=5`)).articles.find((a) => a.locale === "ko")
    assert.equal(ko.translation_group_id, article.translation_group_id, "linked as a translation")

    // Publish from the row menu: the store shows it.
    await row.locator("button").last().click()
    await page.getByRole("menuitem", { name: "Publish" }).click()
    await row.getByText("Published").waitFor()
    const shown = await request(`/store/support/articles/${article.handle}`, { headers: { "x-publishable-api-key": key } })
    assert.equal(shown.article.title, title)
  })

  it("shows callback requests with the number and window, and logs a call whose notes stay with agents", TIMEOUT, async () => {
    const guest = await request("/store/support/tickets", {
      method: "POST",
      headers: { "x-publishable-api-key": key },
      body: { subject: `E2E ${run} please call me`, body: "Easier by phone.", email: `caller-${run}@example.com` },
    })
    const start = new Date(Date.now() + 2 * 3600_000)
    const end = new Date(start.getTime() + 2 * 3600_000)
    await request(`/store/support/tickets/${guest.ticket.id}/callback`, {
      method: "POST",
      headers: { "x-publishable-api-key": key, "x-ticket-token": guest.access_token },
      body: { phone: "+30 210 123 4567", window_start: start.toISOString(), window_end: end.toISOString() },
    })

    await page.goto(`${BASE_URL}/app/support?view=callbacks`)
    const row = page.locator("tbody tr", { hasText: `E2E ${run} please call me` })
    await row.getByTestId("helpdesk-callback-cell").getByText("+302101234567").waitFor()
    await page.screenshot({ path: path.join(SHOTS, "callback-requests.png") })
    await row.click()
    await page.waitForURL(`**/app/support/${guest.ticket.id}`)
    await page.getByTestId("helpdesk-callback-details").getByText("+302101234567").waitFor()

    await choose(page, "helpdesk-call-outcome", "Reached")
    await page.getByTestId("helpdesk-call-duration").fill("7")
    await page.getByTestId("helpdesk-call-notes").fill(`E2E ${run} wants a refund to a new card`)
    await page.getByTestId("helpdesk-call-submit").click()
    await page.getByTestId("helpdesk-call-details").getByText(`E2E ${run} wants a refund to a new card`).waitFor()
    await page.getByTestId("helpdesk-call-details").getByText("7 minutes").waitFor()
    await page.screenshot({ path: path.join(SHOTS, "log-call.png"), fullPage: true })

    const ticket = (await api.get(`/admin/support/tickets/${guest.ticket.id}`)).ticket
    assert.ok(!ticket.tags.includes("callback-requested"), "the logged call clears the request")
    // The shopper sees the short line, never the notes.
    const store = await request(`/store/support/tickets/${guest.ticket.id}`, {
      headers: { "x-publishable-api-key": key, "x-ticket-token": guest.access_token },
    })
    const text = JSON.stringify(store)
    assert.match(text, /We spoke on the phone \(7 min\)\./)
    assert.ok(!text.includes("new card"))
    await page.goto(`${BASE_URL}/app/support?view=callbacks`)
    await page.getByTestId("helpdesk-view-callbacks").waitFor()
    await page.waitForTimeout(1500)
    assert.equal(await page.locator("tbody tr", { hasText: `E2E ${run} please call me` }).count(), 0)
  })

  it("arranges the help center: an article moved up stays first after a reload", TIMEOUT, async () => {
    const openArrange = async () => {
      await page.goto(`${BASE_URL}/app/settings/support/knowledge-base`)
      await page.getByTestId("helpdesk-knowledge-base").waitFor()
      await page.getByRole("button", { name: "Arrange" }).click()
      const list = page.getByTestId("helpdesk-kb-arrange-articles")
      await list.locator("li").nth(1).waitFor()
      return list
    }
    const titleOf = async (row, dir) =>
      (await row.getByRole("button", { name: new RegExp(`^Move ".*" ${dir}$`) }).getAttribute("aria-label")).replace(/^Move "/, "").replace(new RegExp(`" ${dir}$`), "")
    let list = await openArrange()
    const moved = await titleOf(list.locator("li").nth(1), "up")
    await list.locator("li").nth(1).getByRole("button", { name: `Move "${moved}" up` }).click()
    assert.equal(await titleOf(list.locator("li").nth(0), "down"), moved)
    await page.getByRole("button", { name: "Save order" }).click()
    await page.getByText("Order saved").first().waitFor()
    list = await openArrange()
    assert.equal(await titleOf(list.locator("li").nth(0), "down"), moved, "the new order was saved")
  })
})
