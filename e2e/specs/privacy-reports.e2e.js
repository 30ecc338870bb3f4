"use strict"
// The customer page's privacy buttons and the contact-rate widget and report, in a real browser.
const assert = require("node:assert/strict")
const fs = require("node:fs")
const os = require("node:os")
const path = require("node:path")
const { describe, it, before } = require("node:test")
const { BASE_URL, adminClient } = require("../lib/api")
const { keepTraces, openAdmin } = require("../lib/admin-page")

const SHOTS = process.env.E2E_SHOTS_DIR || fs.mkdtempSync(path.join(os.tmpdir(), "helpdesk-shots-"))
const run = Date.now().toString(36)
const TIMEOUT = { timeout: 90_000 }

describe("privacy buttons and contact rate", { timeout: 10 * 60_000 }, () => {
  let browser, page, api, customer, ticket, product

  before(async () => {
    fs.mkdirSync(SHOTS, { recursive: true })
    api = await adminClient()
    // A customer of this run only: the erasure must not touch the demo's customers.
    customer = (await api.post("/admin/customers", { email: `erase-${run}@shop.test`, first_name: "Erin", last_name: `Erase${run}` })).customer
    ticket = (
      await api.post("/admin/support/tickets", { customer_id: customer.id, subject: `E2E ${run} my secret address`, body: `I live at ${run} Secret Street.` })
    ).ticket
    const { orders } = await api.get("/admin/orders?limit=1&fields=id,items.product_id")
    product = orders[0].items.find((i) => i.product_id).product_id
    ;({ browser, page } = await openAdmin())
  })

  keepTraces("privacy", () => ({ browser, page }))

  it("downloads the customer's support data as a zip from the customer page", TIMEOUT, async () => {
    await page.goto(`${BASE_URL}/app/customers/${customer.id}`)
    const section = page.getByTestId("helpdesk-customer-privacy")
    await section.waitFor()
    const [download] = await Promise.all([page.waitForEvent("download"), section.getByRole("button", { name: "Export support data" }).click()])
    assert.match(download.suggestedFilename(), /^support-export-\d{4}-\d{2}-\d{2}\.zip$/)
    const file = await download.path()
    const bytes = fs.readFileSync(file)
    assert.equal(bytes.subarray(0, 2).toString("latin1"), "PK") // a zip
    assert.ok(bytes.includes(Buffer.from("export.json")))
  })

  it("erases it after the agent types the customer's email, and says what was erased", TIMEOUT, async () => {
    const section = page.getByTestId("helpdesk-customer-privacy")
    await section.getByRole("button", { name: "Erase support data" }).click()
    await page.getByText(`Erase the support data of Erin Erase${run}?`).waitFor()
    const confirm = page.getByRole("button", { name: "Erase", exact: true })
    assert.equal(await confirm.isDisabled(), true) // not before the email is typed
    await page.locator("#verificationText").fill(customer.email)
    await confirm.click()
    await page.getByText(`The support data of Erin Erase${run} was erased`).waitFor()
    await page.getByText(/Tickets: 1 · messages redacted: [1-9]/).waitFor()
    await section.screenshot({ path: path.join(SHOTS, "customer-privacy.png") })

    const after = (await api.get(`/admin/support/tickets/${ticket.id}`)).ticket
    assert.match(after.subject, /^Erased ticket #/)
    assert.equal(after.customer_id, null)
  })

  it("shows the product's contact rate on Medusa's product page, and the report table", TIMEOUT, async () => {
    await page.goto(`${BASE_URL}/app/products/${product}`)
    const widget = page.getByTestId("helpdesk-product-contact-rate")
    await widget.waitFor()
    for (const days of [30, 90]) {
      await widget.getByTestId(`helpdesk-contact-rate-${days}`).getByText(/per 100 orders|No orders/).waitFor()
    }
    const { products } = await api.get(`/admin/support/reports/contact-rate?product_id=${product}`)
    assert.equal(products.length, 1)
    await widget.getByTestId("helpdesk-contact-rate-30").getByText(`Tickets: ${products[0].tickets} · Orders: ${products[0].orders}`).waitFor()
    await widget.screenshot({ path: path.join(SHOTS, "product-contact-rate.png") })

    await widget.getByRole("link", { name: "All products' contact rates" }).click()
    const report = page.getByTestId("helpdesk-contact-rate-report")
    await report.waitFor()
    await report.getByText(/per 100 orders|No orders/).first().waitFor()
    await report.screenshot({ path: path.join(SHOTS, "contact-rate-report.png") })
  })
})
