"use strict"
// Settings -> Support -> Rules (the readable editor) and the away switch in the inbox.
const assert = require("node:assert/strict")
const fs = require("node:fs")
const os = require("node:os")
const path = require("node:path")
const { describe, it, before } = require("node:test")
const { BASE_URL, adminClient, request } = require("../lib/api")
const { choose, keepTraces, openAdmin } = require("../lib/admin-page")

const SHOTS = process.env.E2E_SHOTS_DIR || fs.mkdtempSync(path.join(os.tmpdir(), "helpdesk-shots-"))
const TIMEOUT = { timeout: 120_000 }
const run = Date.now().toString(36)

describe("rules and away status in the admin", { timeout: 15 * 60_000 }, () => {
  let browser, page, api, key

  before(async () => {
    fs.mkdirSync(SHOTS, { recursive: true })
    api = await adminClient()
    key = (await api.get("/admin/api-keys?type=publishable&fields=token&limit=1")).api_keys[0].token
    ;({ browser, page } = await openAdmin())
  })
  keepTraces("rules", () => ({ browser, page }))

  it("writes a rule as sentences, and a new ticket that matches it gets the tag and the priority", TIMEOUT, async () => {
    const name = `E2E ${run} refunds first`
    await page.goto(`${BASE_URL}/app/settings/support/rules`)
    await page.getByTestId("helpdesk-rules").waitFor()
    await page.getByTestId("helpdesk-rule-create").click()
    const editor = page.getByTestId("helpdesk-rule-editor")
    await editor.locator("#rule-name").fill(name)
    // If subject or message contains "refund-<run>" ...
    await editor.getByTestId("helpdesk-rule-add-condition").click()
    await editor.locator("#rule-condition-0-value").fill(`refund-${run}, money back-${run}`)
    // ... then add a tag and set the priority.
    await editor.locator("#rule-action-0-value").fill(`refund-${run}`)
    await editor.getByTestId("helpdesk-rule-add-action").click()
    await choose(page, "rule-action-1-type", "Set priority")
    await page.screenshot({ path: path.join(SHOTS, "rule-editor.png") })
    await editor.getByTestId("helpdesk-rule-save").click()
    await page.locator('[data-testid="helpdesk-rule-row"]', { hasText: name }).waitFor()

    const rule = (await api.get("/admin/support/rules?limit=100")).rules.find((r) => r.name === name)
    assert.deepEqual(rule.conditions, { all: [{ field: "subject_or_body", op: "contains", value: [`refund-${run}`, `money back-${run}`] }] })
    assert.deepEqual(rule.actions, [{ type: "add_tag", value: `refund-${run}` }, { type: "set_priority", value: "high" }])

    const { ticket } = await request("/store/support/tickets", {
      method: "POST",
      headers: { "x-publishable-api-key": key },
      body: { subject: `I want my money back-${run}`, body: "It broke.", email: `rules-${run}@example.com`, name: "Rae" },
    })
    let seen
    for (let i = 0; i < 40 && !seen; i++) {
      const t = (await api.get(`/admin/support/tickets/${ticket.id}`)).ticket
      if (t.tags.includes(`refund-${run}`)) seen = t
      else await new Promise((r) => setTimeout(r, 250))
    }
    assert.ok(seen, "the rule ran on the new ticket")
    assert.equal(seen.priority, "high")

    // Switched off from the list, it stays off.
    await page.getByRole("switch", { name: `${name} enabled` }).click()
    await page.locator('[data-testid="helpdesk-rule-row"]', { hasText: name }).getByText("Off").waitFor()
    assert.equal((await api.get(`/admin/support/rules/${rule.id}`)).rule.enabled, false)
    await api.delete(`/admin/support/rules/${rule.id}`)
  })

  it("marks the agent away from the inbox and back", TIMEOUT, async () => {
    await page.goto(`${BASE_URL}/app/support`)
    await page.getByTestId("helpdesk-away").click()
    await page.getByTestId("helpdesk-away-confirm").click()
    await page.getByTestId("helpdesk-away-back").waitFor()
    assert.equal((await api.get("/admin/support/me/away")).away.away, true)
    await page.getByTestId("helpdesk-away-back").click()
    await page.getByRole("button", { name: "Set yourself away" }).waitFor()
    assert.equal((await api.get("/admin/support/me/away")).away.away, false)
  })
})
