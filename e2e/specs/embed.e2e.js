"use strict"
// The one-tag embed against the demo backend: a page on a storefront origin loads
// /helpdesk/embed.js with one <script> tag; a guest opens a ticket in <medusa-help-center>, gets
// the private link, opens it in a fresh browser and replies; the reply reaches the ticket.
// The page itself is answered by the browser (page.route), on the first STORE_CORS origin, so
// the demo's CORS applies and no other server is needed. Chromium treats such a page as public
// and would block its requests to a loopback backend (Local Network Access), hence the flags;
// a real storefront on its own host does not need them.
const assert = require("node:assert/strict")
const { describe, it, before, after } = require("node:test")
const { chromium } = require("playwright-core")
const { chromiumPath } = require("../lib/browser")
const { BASE_URL, adminClient } = require("../lib/api")

const ORIGIN = (process.env.STORE_CORS || "http://localhost:8000").split(",")[0].replace(/\/$/, "")
const PAGE = `${ORIGIN}/__helpdesk-embed-smoke`
const run = Date.now().toString(36)
const T = { timeout: 30_000 }

function hostPage(pk) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title></head><body>
<h1>Demo shop</h1><medusa-help-center></medusa-help-center>
<script src="${BASE_URL}/helpdesk/embed.js" data-publishable-key="${pk}" data-button></script></body></html>`
}

describe("one-tag embed", { timeout: 4 * 60_000 }, () => {
  let browser, api, pk
  const requests = []

  before(async () => {
    api = await adminClient()
    const keys = await api.get("/admin/api-keys?type=publishable")
    pk = keys.api_keys?.[0]?.token
    if (!pk) pk = (await api.post("/admin/api-keys", { title: "embed e2e", type: "publishable" })).api_key.token
    browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessSendPreflights,PrivateNetworkAccessRespectPreflightResults",
      ],
    })
  })
  after(async () => browser?.close())

  async function open(url) {
    const context = await browser.newContext()
    await context.route(`${ORIGIN}/__helpdesk-embed-smoke*`, (route) =>
      route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: hostPage(pk) })
    )
    const page = await context.newPage()
    page.on("request", (r) => requests.push(r))
    const errors = []
    page.on("pageerror", (e) => errors.push(e.message))
    await page.goto(url)
    return { context, page, errors, center: page.locator("medusa-help-center") }
  }

  it("a guest opens a ticket, follows the private link in a fresh browser and replies", async () => {
    const first = await open(PAGE)
    await first.center.getByRole("heading", { name: "Help center" }).waitFor(T)
    await first.center.getByRole("link", { name: "Contact us" }).click()
    await first.center.getByLabel("Email").fill(`embed-${run}@example.com`)
    await first.center.getByLabel("Subject").fill(`Embed ${run}: where is my parcel`)
    await first.center.getByLabel("Message").fill("Ordered last week, nothing yet.")
    await first.center.getByRole("button", { name: "Send" }).click()
    await first.center.getByText(/Thanks, we got your message \(ticket #\d+\)/).waitFor(T)
    const link = await first.center.locator(".mhd-private-link a").getAttribute("href")
    assert.match(link, /^http:\/\/.+\?ticket=[^&#]+#token=.+/)
    assert.deepEqual(first.errors, [])
    await first.context.close()

    const second = await open(link)
    await second.center.getByText("Ordered last week, nothing yet.").waitFor(T)
    await second.center.getByLabel("Your reply").fill(`Reply ${run} from the private link`)
    await second.center.getByRole("button", { name: "Send reply" }).click()
    await second.center.getByText(`Reply ${run} from the private link`).waitFor(T)
    assert.deepEqual(second.errors, [])
    await second.context.close()

    const ticketId = new URL(link).searchParams.get("ticket")
    const { ticket } = await api.get(`/admin/support/tickets/${ticketId}`)
    assert.ok(ticket.messages.some((m) => m.body === `Reply ${run} from the private link` && m.author_type === "customer"))
    // The guest's token went in a header only, never in a request URL.
    const token = decodeURIComponent(link.split("#token=")[1])
    assert.ok(requests.every((r) => !r.url().includes(token)))
    assert.ok(requests.some((r) => r.url().startsWith(`${BASE_URL}/store/support/tickets/${ticketId}`) && r.headers()["x-ticket-token"] === token))
  })
})
