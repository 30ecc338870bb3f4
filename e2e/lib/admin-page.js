"use strict"
// Steps an agent takes in Medusa's admin, shared by the specs.
const fs = require("node:fs")
const os = require("node:os")
const path = require("node:path")
const { afterEach, after } = require("node:test")
const { BASE_URL, ADMIN } = require("./api")
const { launch } = require("./browser")

async function signIn(page) {
  await page.goto(`${BASE_URL}/app/login`, { timeout: 180_000 })
  // `medusa develop` compiles the admin on its first visit: that can take minutes on a cold start.
  await page.waitForSelector('input[name="email"]', { timeout: 300_000 })
  await page.fill('input[name="email"]', ADMIN.email)
  await page.fill('input[name="password"]', ADMIN.password)
  await page.click('button[type="submit"]')
  await page.waitForURL((u) => !u.pathname.endsWith("/login"), { timeout: 120_000 })
}

/** Picks an option of a @medusajs/ui Select (Radix) by its trigger's test id. */
async function choose(page, triggerTestId, optionName) {
  await page.getByTestId(triggerTestId).click()
  await page.getByRole("option", { name: optionName, exact: true }).click()
}

/** A browser with one page, signed in to the admin. */
async function openAdmin() {
  const browser = await launch()
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  page.setDefaultTimeout(30_000)
  await signIn(page)
  return { browser, page }
}

/**
 * Registers the suite's hooks that screenshot the page as each test left it (to see what a failure
 * looked like) and close the browser at the end. `current` returns the suite's { browser, page }.
 */
function keepTraces(label, current) {
  const traces = fs.mkdtempSync(path.join(os.tmpdir(), `helpdesk-e2e-${label}-`))
  let step = 0
  afterEach(async () => {
    const { page } = current()
    await page?.screenshot({ path: path.join(traces, `${String(++step).padStart(2, "0")}.png`), fullPage: true }).catch(() => {})
  })
  after(async () => {
    console.log(`page after each test: ${traces}`)
    await current().browser?.close()
  })
}

module.exports = { signIn, choose, openAdmin, keepTraces }
