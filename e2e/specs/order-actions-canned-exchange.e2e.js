"use strict"
// Order actions from a canned reply and exchanges, in a real browser: a canned reply carrying a
// return runs only once the agent confirmed it, then the reply goes out; an exchange started from
// the ticket shows on Medusa's records; the approval limits are edited in Settings.
const assert = require("node:assert/strict")
const fs = require("node:fs")
const os = require("node:os")
const path = require("node:path")
const { describe, it, before } = require("node:test")
const { BASE_URL, adminClient } = require("../lib/api")
const { keepTraces, openAdmin } = require("../lib/admin-page")

const SHOTS = process.env.E2E_SHOTS_DIR || fs.mkdtempSync(path.join(os.tmpdir(), "helpdesk-shots-"))
const run = Date.now().toString(36)
const TIMEOUT = { timeout: 120_000 }

describe("order actions from canned replies, exchanges, approval limits", { timeout: 10 * 60_000 }, () => {
  let browser, page, api, canned

  /** A new ticket on a demo order that still has an item to return, with that order's view. */
  async function ticketWithReturnable(label) {
    const { orders } = await api.get("/admin/orders?limit=50&fields=id,display_id,customer_id,status")
    for (const o of orders.filter((o) => o.customer_id && o.status !== "canceled")) {
      const ticket = (
        await api.post("/admin/support/tickets", {
          customer_id: o.customer_id,
          order_id: o.id,
          subject: `E2E ${run} ${label} #${o.display_id}`,
          body: "Can I send this back?",
        })
      ).ticket
      const view = await api.get(`/admin/support/tickets/${ticket.id}/order-actions`)
      const item = view.order.items.find((i) => i.returnable_quantity > 0)
      if (item) return { ticket, order: view.order, item }
    }
    throw new Error("the demo has no fulfilled order with items left to return")
  }

  before(async () => {
    fs.mkdirSync(SHOTS, { recursive: true })
    api = await adminClient()
    canned = (
      await api.post("/admin/support/canned-replies", {
        title: `E2E ${run} return started`,
        body: "We started your return; the label follows.",
        shortcut: `e2ereturn${run}`,
        action: { type: "return" },
      })
    ).canned_reply
    ;({ browser, page } = await openAdmin())
  })

  keepTraces("canned-exchange", () => ({ browser, page }))

  it("runs a canned reply's return only after the agent confirms it, then sends the reply", TIMEOUT, async () => {
    const { ticket, order } = await ticketWithReturnable("canned return")
    const returnsBefore = order.returns.length
    await page.goto(`${BASE_URL}/app/support/${ticket.id}`)
    await page.getByTestId("helpdesk-order-actions").waitFor()
    await page.getByTestId("helpdesk-canned-picker").click()
    await page.getByPlaceholder("Search by title or shortcut").fill(`e2ereturn${run}`)
    await page.getByRole("button", { name: new RegExp(`E2E ${run} return started`) }).click()
    const card = page.getByTestId("helpdesk-canned-action")
    await card.waitFor()

    // Not confirmed: sending only warns, nothing reaches Medusa or the thread.
    await page.getByTestId("helpdesk-send").click()
    await page.getByText("Confirm the action (or remove it) before sending.").first().waitFor()
    assert.equal((await api.get(`/admin/support/tickets/${ticket.id}/order-actions`)).order.returns.length, returnsBefore)

    // The first item left to return (the others' inputs are disabled).
    await card.locator('[data-testid="helpdesk-canned-return-quantity"]:not([disabled])').first().fill("1")
    await card.getByTestId("helpdesk-canned-action-confirm").click()
    await card.getByTestId("helpdesk-canned-return-summary").getByText(/^1 × /).waitFor()
    await page.screenshot({ path: path.join(SHOTS, "canned-action-confirmed.png") })
    await page.getByTestId("helpdesk-send").click()
    await page.getByTestId("helpdesk-message-agent").filter({ hasText: "We started your return" }).waitFor()
    await card.waitFor({ state: "detached" })

    const view = await api.get(`/admin/support/tickets/${ticket.id}/order-actions`)
    assert.equal(view.order.returns.length, returnsBefore + 1)
    const t = (await api.get(`/admin/support/tickets/${ticket.id}`)).ticket
    assert.ok(t.messages.some((m) => m.author_type === "system" && /Return started for 1 item/.test(m.body)))
    const reply = t.messages.find((m) => m.body.startsWith("We started your return"))
    assert.deepEqual([reply.author_type, reply.internal, reply.canned_reply_id], ["agent", false, canned.id])
  })

  it("exchanges an item for another variant from the ticket", TIMEOUT, async () => {
    const { ticket, order } = await ticketWithReturnable("exchange")
    await page.goto(`${BASE_URL}/app/support/${ticket.id}`)
    const section = page.getByTestId("helpdesk-order-actions")
    await section.waitFor()
    await section.getByTestId("helpdesk-order-exchange").click()
    const form = page.getByTestId("helpdesk-exchange-form")
    await form.waitFor()
    await form.locator('[data-testid="helpdesk-exchange-return-quantity"]:not([disabled])').first().fill("1")
    await form.getByTestId("helpdesk-exchange-variant-search").fill("hoodie")
    await form.getByTestId("helpdesk-exchange-variant").first().click()
    await form.getByTestId("helpdesk-exchange-new-item").first().waitFor()
    await form.getByTestId("helpdesk-exchange-submit").click()
    await page.getByRole("button", { name: /Continue|Confirm/ }).last().click()
    await section.getByTestId("helpdesk-order-exchange-badge").first().waitFor()
    await page.getByText(/Exchange requested: 1 item back, 1 item sent/).first().waitFor()
    await page.screenshot({ path: path.join(SHOTS, "order-actions-exchange.png") })

    const { exchanges } = await api.get(`/admin/exchanges?order_id=${order.id}&fields=id,*additional_items`)
    assert.equal(exchanges.length >= 1, true)
    assert.equal(exchanges.at(-1).additional_items.length, 1)
  })

  it("edits the refund approval limits in Settings -> Support -> Order actions", TIMEOUT, async () => {
    const before = (await api.get("/admin/support/settings")).settings.order_actions
    await api.post("/admin/support/settings", { order_actions: { refund_approval_limit: null, refund_approval_limits: { usd: 5 } } })
    try {
      await page.goto(`${BASE_URL}/app/settings/support/order-actions`)
      const settings = page.getByTestId("helpdesk-order-action-settings")
      await settings.waitFor()
      await settings.locator("#helpdesk-refund-approval-limit").fill("150")
      // The stored usd limit is removed, a krw one added.
      await settings.getByTestId("helpdesk-currency-limit").first().getByRole("button", { name: "Remove" }).click()
      await settings.getByRole("button", { name: "Add a currency" }).click()
      const row = settings.getByTestId("helpdesk-currency-limit").last()
      await row.getByLabel("Currency").fill("krw")
      await row.getByLabel("Limit").fill("100000")
      await settings.getByRole("button", { name: "Save" }).click()
      await page.getByText("Saved").first().waitFor()
      const saved = (await api.get("/admin/support/settings")).settings.order_actions
      assert.deepEqual(saved, { refund_approval_limit: 150, refund_approval_limits: { krw: 100000 } })
    } finally {
      await api.post("/admin/support/settings", { order_actions: before })
    }
  })
})
