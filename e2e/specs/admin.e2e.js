"use strict"
// The admin UI in a real browser: inbox, ticket page, canned replies, widgets, settings.
const assert = require("node:assert/strict")
const fs = require("node:fs")
const os = require("node:os")
const path = require("node:path")
const { describe, it, before } = require("node:test")
const { BASE_URL, adminClient, request } = require("../lib/api")
const { choose, keepTraces, openAdmin } = require("../lib/admin-page")

// Not straight into docs/: `medusa develop` restarts the store when files in the project change.
const SHOTS = process.env.E2E_SHOTS_DIR || fs.mkdtempSync(path.join(os.tmpdir(), "helpdesk-shots-"))
const run = Date.now().toString(36)
const TIMEOUT = { timeout: 60_000 }

describe("helpdesk admin", { timeout: 15 * 60_000 }, () => {
  let browser, page, api, me, order, customer, ticket, guestTicket, canned

  before(async () => {
    fs.mkdirSync(SHOTS, { recursive: true })
    api = await adminClient()
    me = (await api.get("/admin/users/me")).user
    const { orders } = await api.get("/admin/orders?limit=50&fields=id,display_id,customer_id,email")
    order = orders.find((o) => o.customer_id)
    assert.ok(order, "the demo has an order placed by a customer")
    customer = (await api.get(`/admin/customers/${order.customer_id}`)).customer
    ticket = (
      await api.post("/admin/support/tickets", {
        customer_id: customer.id,
        order_id: order.id,
        subject: `E2E ${run} parcel never arrived`,
        body: "The tracking page has not moved for a week.",
        channel: "email",
        priority: "urgent",
      })
    ).ticket
    const [key] = (await api.get("/admin/api-keys?type=publishable&fields=token&limit=1")).api_keys
    guestTicket = (
      await request("/store/support/tickets", {
        method: "POST",
        headers: { "x-publishable-api-key": key.token },
        body: { subject: `E2E ${run} guest question`, body: "Do you gift wrap?", email: `guest-${run}@example.com`, name: "Guest" },
      })
    ).ticket
    canned = (
      await api.post("/admin/support/canned-replies", {
        title: `E2E ${run} shipping update`,
        shortcut: `e2e${run}`,
        body: 'Hi {{customer.first_name | "there"}}, order #{{order.display_id}} is on its way.',
      })
    ).canned_reply

    ;({ browser, page } = await openAdmin())
  })

  keepTraces("admin", () => ({ browser, page }))

  it("shows the inbox with the open-unassigned count in the sidebar, and filters it", TIMEOUT, async () => {
    await page.goto(`${BASE_URL}/app/support`)
    const badge = page.getByTestId("helpdesk-nav-count")
    await badge.waitFor()
    const { count } = await api.get("/admin/support/tickets?status=open&assignee_id=none&limit=1&fields=id")
    assert.equal(await badge.innerText(), String(count))
    await page.screenshot({ path: path.join(SHOTS, "inbox.png") })

    await page.getByTestId("helpdesk-view-open").click()
    await page.getByPlaceholder("Search subjects and messages").fill(run)
    const rows = page.locator("tbody tr")
    await page.waitForURL(new RegExp(`q=${run}`))
    await page.waitForFunction(() => document.querySelectorAll("tbody tr").length === 2)
    assert.match(page.url(), /view=open/, "searching keeps the view")
    // The guest wrote last and waits for an answer; the agent logged the other ticket themselves.
    assert.equal(await rows.filter({ hasText: guestTicket.subject }).getByTestId("helpdesk-unread").count(), 1)
    assert.equal(await rows.filter({ hasText: ticket.subject }).getByTestId("helpdesk-unread").count(), 0)

    // Priority "Urgent" from the filter menu leaves the urgent ticket, not the guest's normal one.
    await page.getByTestId("helpdesk-filter-menu").locator("button").click()
    await page.getByRole("menuitem", { name: "Priority" }).click()
    await page.getByRole("button", { name: "Urgent" }).click()
    await page.keyboard.press("Escape")
    await page.waitForURL(/priority=urgent/)
    await page.waitForFunction(() => document.querySelectorAll("tbody tr").length === 1)
    await rows.filter({ hasText: ticket.subject }).click()
    await page.waitForURL(`**/app/support/${ticket.id}`)
  })

  it("searches the inbox in Korean and Greek", TIMEOUT, async () => {
    // The demo seeds open tickets titled "환불 요청합니다" and "Επιστροφή χρημάτων ...".
    for (const [term, expected] of [["환불", "환불"], ["επιστροφή", "Επιστροφή"]]) {
      await page.goto(`${BASE_URL}/app/support?view=open`)
      await page.getByPlaceholder("Search subjects and messages").fill(term)
      await page.waitForURL((u) => u.searchParams.get("q") === term)
      // Found, and the English tickets of the view are gone.
      await page.waitForFunction((text) => {
        const rows = [...document.querySelectorAll("tbody tr")].map((r) => r.textContent)
        return rows.some((r) => r.includes(text)) && !rows.some((r) => r.includes("Please change my delivery address"))
      }, expected)
    }
    await page.goto(`${BASE_URL}/app/support/${ticket.id}`)
  })

  it("loads the ticket page with the customer's orders, in a bounded number of requests", TIMEOUT, async () => {
    // Start from a blank page: requests still coming from the previous test's page must not count.
    await page.goto("about:blank")
    const calls = []
    const listener = (req) => {
      const url = new URL(req.url())
      if (url.origin === new URL(BASE_URL).origin && /^\/(admin|auth|store)\//.test(url.pathname)) calls.push(url.pathname)
    }
    page.on("request", listener)
    await page.goto(`${BASE_URL}/app/support/${ticket.id}`)
    await page.getByTestId("helpdesk-customer-orders").waitFor()
    await page.waitForLoadState("networkidle")
    page.off("request", listener)
    const ours = calls.filter((p) => p.startsWith("/admin/support/") || p === "/admin/users")
    console.log(`ticket page: ${calls.length} API requests in all, ${ours.length} by the helpdesk: ${ours.join(", ")}`)
    assert.ok(ours.length <= 4, `helpdesk requests: ${ours.join(", ")}`)

    assert.match(await page.getByTestId("helpdesk-ticket-subject").innerText(), new RegExp(run))
    assert.equal(await page.getByTestId("helpdesk-identity").first().innerText(), "Signed-in customer")
    const orders = page.getByTestId("helpdesk-customer-order")
    assert.ok((await orders.count()) >= 1)
    assert.equal(await orders.filter({ hasText: `#${order.display_id}` }).getAttribute("href"), `/app/orders/${order.id}`)
  })

  it("inserts a canned reply with its placeholders filled and sends it with Ctrl+Enter", TIMEOUT, async () => {
    await page.getByTestId("helpdesk-canned-picker").click()
    await page.getByPlaceholder("Search by title or shortcut").fill(`e2e${run}`)
    await page.getByRole("button", { name: new RegExp(`E2E ${run} shipping update`) }).click()
    const composer = page.getByTestId("helpdesk-composer")
    const expected = `Hi ${customer.first_name || "there"}, order #${order.display_id} is on its way.`
    await page.waitForFunction((text) => document.querySelector('[data-testid="helpdesk-composer"]')?.value === text, expected)
    await composer.press("Control+Enter")
    await page.getByTestId("helpdesk-message-agent").filter({ hasText: expected }).waitFor()
    await page.waitForFunction(() => document.querySelector('[data-testid="helpdesk-composer"]')?.value === "")
  })

  it("adds an internal note, shown apart from replies", TIMEOUT, async () => {
    await page.getByTestId("helpdesk-internal-toggle").click()
    await page.getByTestId("helpdesk-composer").fill(`Carrier claim filed ${run}`)
    await page.getByTestId("helpdesk-send").click()
    await page.getByTestId("helpdesk-message-internal").filter({ hasText: `Carrier claim filed ${run}` }).waitFor()
    await page.getByTestId("helpdesk-internal-toggle").click()
  })

  it("changes status and assignee", TIMEOUT, async () => {
    await choose(page, "helpdesk-status", "Pending")
    await page.getByTestId("helpdesk-message-system").filter({ hasText: "Status changed from open to pending" }).waitFor()
    const name = [me.first_name, me.last_name].filter(Boolean).join(" ") || me.email
    await choose(page, "helpdesk-assignee", name)
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="helpdesk-assignee"]')?.textContent?.includes(n),
      name
    )
    await page.screenshot({ path: path.join(SHOTS, "ticket.png"), fullPage: true })
  })

  it("kept everything the browser did, as the API reports it", TIMEOUT, async () => {
    const t = (await api.get(`/admin/support/tickets/${ticket.id}`)).ticket
    assert.equal(t.status, "pending")
    assert.equal(t.assignee_id, me.id)
    const reply = t.messages.find((m) => m.body.includes(`order #${order.display_id} is on its way`))
    assert.deepEqual([reply.author_type, reply.internal, reply.canned_reply_id], ["agent", false, canned.id])
    assert.equal(t.messages.find((m) => m.body === `Carrier claim filed ${run}`).internal, true)
    assert.equal((await api.get(`/admin/support/canned-replies/${canned.id}`)).canned_reply.usage_count, 1)
  })

  it("warns instead of sending when someone else changed the ticket meanwhile", TIMEOUT, async () => {
    await api.post(`/admin/support/tickets/${ticket.id}/messages`, { body: `Colleague answered ${run}` })
    await page.getByTestId("helpdesk-composer").fill("Late answer")
    await page.getByTestId("helpdesk-send").click()
    await page.getByTestId("helpdesk-stale-warning").waitFor()
    await page.getByRole("button", { name: "Show the new activity" }).click()
    await page.getByTestId("helpdesk-message-agent").filter({ hasText: `Colleague answered ${run}` }).waitFor()
    assert.equal(await page.getByTestId("helpdesk-composer").inputValue(), "Late answer", "the draft is kept")
    await page.getByTestId("helpdesk-send").click()
    await page.getByTestId("helpdesk-message-agent").filter({ hasText: "Late answer" }).waitFor()
  })

  it("applies a bulk action from the inbox", TIMEOUT, async () => {
    await page.goto(`${BASE_URL}/app/support?view=pending&q=${run}`)
    const row = page.locator("tbody tr").filter({ hasText: ticket.subject })
    await row.getByRole("checkbox").click()
    await page.getByRole("button", { name: /Add tag/ }).click()
    await page.getByPlaceholder("e.g. refund").fill(`bulk-${run}`)
    await page.getByRole("button", { name: "Apply" }).click()
    await page.getByText("Updated 1 ticket").waitFor()
    assert.ok((await api.get(`/admin/support/tickets/${ticket.id}`)).ticket.tags.includes(`bulk-${run}`))
  })

  it("lists the customer's tickets on Medusa's customer page", TIMEOUT, async () => {
    await page.goto(`${BASE_URL}/app/customers/${customer.id}`)
    const widget = page.getByTestId("helpdesk-ticket-list")
    await widget.getByTestId("helpdesk-ticket-row").filter({ hasText: ticket.subject }).waitFor()
    await widget.scrollIntoViewIfNeeded()
    await widget.screenshot({ path: path.join(SHOTS, "customer-widget.png") })
  })

  it("opens a ticket for an order from Medusa's order page, prefilled", TIMEOUT, async () => {
    await page.goto(`${BASE_URL}/app/orders/${order.id}`)
    const widget = page.getByTestId("helpdesk-ticket-list")
    await widget.getByTestId("helpdesk-ticket-row").filter({ hasText: ticket.subject }).waitFor()
    await widget.scrollIntoViewIfNeeded()
    await widget.screenshot({ path: path.join(SHOTS, "order-widget.png") })

    await widget.getByTestId("helpdesk-open-ticket").click()
    const dialog = page.getByRole("dialog")
    assert.equal(await dialog.getByRole("textbox").first().inputValue(), customer.email)
    await dialog.getByLabel("Subject").fill(`E2E ${run} phone call about the order`)
    await dialog.getByLabel("Message from the customer").fill("Called to ask for a gift receipt.")
    await dialog.getByRole("button", { name: "Create ticket" }).click()
    await page.waitForURL(/\/app\/support\/supt_/)
    const created = page.url().split("/").pop()
    const t = (await api.get(`/admin/support/tickets/${created}`)).ticket
    assert.deepEqual([t.order_id, t.customer_id, t.channel], [order.id, customer.id, "phone"])
  })

  it("manages canned replies in Settings with a live preview and a confirmed delete", TIMEOUT, async () => {
    await page.goto(`${BASE_URL}/app/settings/support`)
    await page.getByTestId("helpdesk-canned-replies").waitFor()
    await page.getByRole("button", { name: "Create" }).click()
    await page.getByLabel("Title").fill(`E2E ${run} preview`)
    await page.getByLabel("Body").fill("Dear {{customer.first_name}}, about #{{ticket.display_id}} {{nope}}")
    await page.getByLabel("Preview with ticket").click()
    await page.getByRole("option", { name: new RegExp(`#${ticket.display_id} `) }).click()
    const preview = page.getByTestId("helpdesk-canned-preview")
    await preview.filter({ hasText: `Dear ${customer.first_name}, about #${ticket.display_id}` }).waitFor()
    await page.getByTestId("helpdesk-canned-unknown").filter({ hasText: "{{nope}}" }).waitFor()
    await page.screenshot({ path: path.join(SHOTS, "canned-reply-editor.png") })
    await page.getByLabel("Body").fill("Dear {{customer.first_name}}, about #{{ticket.display_id}}")
    await page.getByTestId("helpdesk-canned-save").click()
    await page.getByText("Canned reply saved").waitFor()

    await page.getByRole("textbox", { name: /Search/ }).or(page.getByPlaceholder("Search canned replies")).first().fill(`${run} preview`)
    const row = page.locator("tbody tr").filter({ hasText: `E2E ${run} preview` })
    await row.waitFor()
    await row.getByRole("button").last().click()
    await page.getByRole("menuitem", { name: "Delete" }).click()
    await page.getByRole("button", { name: "Delete" }).click()
    await page.getByText("Canned reply deleted").waitFor()
    const { canned_replies } = await api.get(`/admin/support/canned-replies?q=${encodeURIComponent(`E2E ${run} preview`)}`)
    assert.equal(canned_replies.length, 0)
  })

  it("speaks the admin's language: the helpdesk in Korean and Greek, dates too", TIMEOUT, async () => {
    // The dashboard keeps the language in the "lng" cookie, then localStorage (its profile page
    // sets both); this is what picking a language there does.
    const setLanguage = async (lng) => {
      await page.context().addCookies([{ name: "lng", value: lng, url: BASE_URL }])
      await page.evaluate((l) => localStorage.setItem("lng", l), lng)
    }
    const LANGUAGES = [
      { lng: "ko", title: "고객 지원", search: "제목과 메시지 검색", view: "열린 티켓 전체", identity: "로그인한 고객", since: (d) => `${d}부터 고객` },
      { lng: "el", title: "Υποστήριξη", search: "Αναζήτηση σε θέματα και μηνύματα", view: "Όλα τα ανοιχτά", identity: "Συνδεδεμένος πελάτης", since: (d) => `Πελάτης από ${d}` },
    ]
    try {
      for (const l of LANGUAGES) {
        await setLanguage(l.lng)
        await page.goto(`${BASE_URL}/app/support?view=open&q=${run}`)
        await page.getByPlaceholder(l.search).waitFor()
        assert.equal(await page.getByTestId("helpdesk-inbox").getByRole("heading").first().innerText(), l.title)
        await page.getByRole("tab", { name: l.view }).waitFor()
        // The sidebar entry is the route's label key, translated by the dashboard.
        await page.getByRole("link", { name: l.title }).first().waitFor()

        await page.goto(`${BASE_URL}/app/support/${ticket.id}`)
        await page.getByTestId("helpdesk-customer-orders").waitFor()
        assert.equal(await page.getByTestId("helpdesk-identity").first().innerText(), l.identity)
        const date = await page.evaluate(
          ([lng, iso]) => new Intl.DateTimeFormat(lng, { dateStyle: "medium" }).format(new Date(iso)),
          [l.lng, customer.created_at]
        )
        await page.getByTestId("helpdesk-customer").getByText(l.since(date), { exact: true }).waitFor()
      }
    } finally {
      await setLanguage("en")
    }
    await page.goto(`${BASE_URL}/app/support`)
    await page.getByPlaceholder("Search subjects and messages").waitFor()
  })
})
