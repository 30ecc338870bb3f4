"use strict"
// Order actions in a real browser: an agent starts a return from a ticket, and Medusa's own order
// page shows it.
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

describe("order actions", { timeout: 10 * 60_000 }, () => {
  let browser, page, api, ticket, order, item

  before(async () => {
    fs.mkdirSync(SHOTS, { recursive: true })
    api = await adminClient()
    const { orders } = await api.get("/admin/orders?limit=50&fields=id,display_id,customer_id,status")
    // A demo order that is fulfilled and still has something to return.
    for (const o of orders.filter((o) => o.customer_id && o.status !== "canceled")) {
      const candidate = (
        await api.post("/admin/support/tickets", {
          customer_id: o.customer_id,
          order_id: o.id,
          subject: `E2E ${run} return for #${o.display_id}`,
          body: "The hoodie is too small, can I send it back?",
        })
      ).ticket
      const view = await api.get(`/admin/support/tickets/${candidate.id}/order-actions`)
      const returnable = view.order.items.find((i) => i.returnable_quantity > 0)
      if (returnable) {
        ticket = candidate
        order = view.order
        item = returnable
        break
      }
    }
    assert.ok(ticket, "the demo has a fulfilled order with items left to return")

    ;({ browser, page } = await openAdmin())
  })

  keepTraces("orders", () => ({ browser, page }))

  it("starts a return from the ticket, and Medusa's order page shows it", TIMEOUT, async () => {
    const before = order.returns.length
    await page.goto(`${BASE_URL}/app/support/${ticket.id}`)
    const section = page.getByTestId("helpdesk-order-actions")
    await section.waitFor()
    await section.getByTestId("helpdesk-order-start-return").click()
    const form = page.getByTestId("helpdesk-return-form")
    await form.waitFor()
    const row = form.locator("div", { hasText: item.title }).getByTestId("helpdesk-return-quantity").first()
    await row.fill("1")
    await form.getByPlaceholder("Note (agents only)").fill("Too small")
    await form.getByTestId("helpdesk-return-submit").click()
    // The confirmation prompt.
    await page.getByRole("button", { name: /Continue|Confirm/ }).last().click()
    await section.getByTestId("helpdesk-order-return").first().waitFor()
    await page.screenshot({ path: path.join(SHOTS, "order-actions-return.png") })

    // The thread shows the agents' line with the order link.
    await page.getByText(/Return started for 1 item/).first().waitFor()

    // Medusa's own record and page.
    const { order: medusa } = await api.get(`/admin/orders/${order.id}?fields=id,*returns`)
    assert.equal(medusa.returns.filter((r) => r.status === "requested").length >= 1, true)
    assert.equal(medusa.returns.length, before + 1)
    await page.goto(`${BASE_URL}/app/orders/${order.id}`)
    await page.getByText(/Return requested/i).first().waitFor({ timeout: 60_000 })
    await page.screenshot({ path: path.join(SHOTS, "order-actions-order-page.png") })
  })
})
