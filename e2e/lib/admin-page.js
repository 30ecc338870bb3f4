"use strict"
// Steps an agent takes in Medusa's admin, shared by the specs.
const { BASE_URL, ADMIN } = require("./api")

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

module.exports = { signIn, choose }
