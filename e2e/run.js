#!/usr/bin/env node
// `npm run test:e2e`: the admin UI in headless Chromium against the running demo store.
//
// Starts the demo (`npm run demo`: embedded Postgres unless a database is configured, demo data,
// `medusa develop`) on E2E_PORT (default 9000), waits for it, runs e2e/specs/*.e2e.js with Node's
// test runner, stops the demo. With E2E_BASE_URL set, uses that running store instead.
// Screenshots go to docs/screenshots once the store has stopped. Ends with "N passed, N failed".
"use strict"

const fs = require("fs")
const os = require("os")
const path = require("path")
const { spawn } = require("child_process")

const ROOT = path.resolve(__dirname, "..")
const PORT = Number(process.env.E2E_PORT) || 9000
const external = process.env.E2E_BASE_URL
const baseUrl = external || `http://localhost:${PORT}`
const BOOT_TIMEOUT_MS = 10 * 60_000
const SCREENSHOTS = path.join(ROOT, "docs", "screenshots")
// Taken outside the project while the store runs: `medusa develop` restarts on any file change.
const shots = fs.mkdtempSync(path.join(os.tmpdir(), "helpdesk-e2e-shots-"))

const log = (msg) => console.log(`\x1b[36m[e2e]\x1b[0m ${msg}`)

async function waitFor(url, deadline) {
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url)
      if (res.ok) return
    } catch {}
    await new Promise((r) => setTimeout(r, 1000))
  }
  throw new Error(`${url} did not answer in time`)
}

function startDemo() {
  const logFile = path.join(os.tmpdir(), `helpdesk-e2e-demo-${process.pid}.log`)
  const out = fs.openSync(logFile, "w")
  const child = spawn(process.execPath, [path.join(ROOT, "scripts", "demo.js")], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(PORT) },
    stdio: ["ignore", out, out],
  })
  log(`demo starting on port ${PORT} (log: ${logFile})`)
  return { child, logFile }
}

function stopDemo(child) {
  if (!child || child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000)
    child.once("exit", () => {
      clearTimeout(timer)
      resolve()
    })
    child.kill("SIGINT")
  })
}

/** The demo's mailbox page, from its start banner (it starts one when SMTP_URL is not set). */
async function mailboxUrl(demo) {
  if (external) return process.env.E2E_MAILBOX_URL || ""
  const until = Date.now() + 30_000
  while (Date.now() < until) {
    const match = /Mailbox:\s+(http:\/\/\S+)/.exec(fs.readFileSync(demo.logFile, "utf8"))
    if (match) return match[1]
    if (/Mail:\s+sent through/.test(fs.readFileSync(demo.logFile, "utf8"))) return ""
    await new Promise((r) => setTimeout(r, 500))
  }
  return ""
}

function runSpecs(mailbox) {
  const specs = fs
    .readdirSync(path.join(__dirname, "specs"))
    .filter((f) => f.endsWith(".e2e.js"))
    .sort()
    .map((f) => path.join(__dirname, "specs", f))
  const tap = path.join(os.tmpdir(), `helpdesk-e2e-${process.pid}.tap`)
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        "--test",
        "--test-concurrency=1",
        "--test-reporter=spec",
        "--test-reporter-destination=stdout",
        "--test-reporter=tap",
        `--test-reporter-destination=${tap}`,
        ...specs,
      ],
      { cwd: ROOT, env: { ...process.env, E2E_BASE_URL: baseUrl, E2E_SHOTS_DIR: shots, E2E_MAILBOX_URL: mailbox }, stdio: "inherit" }
    )
    child.on("exit", (code) => {
      const text = fs.existsSync(tap) ? fs.readFileSync(tap, "utf8") : ""
      const count = (name) => Number((text.match(new RegExp(`^# ${name} (\\d+)$`, "m")) || [])[1] || 0)
      resolve({ code: code ?? 1, passed: count("pass"), failed: count("fail") + count("cancelled") })
    })
  })
}

// The Next.js example (examples/nextjs-storefront) for e2e/specs/nextjs-storefront.e2e.js, which
// fails with the reason when it could not start. E2E_SKIP_NEXTJS=1 leaves it out (the spec skips).
// Its package is built before the demo starts (`medusa develop` restarts on file changes); its
// install runs while the store boots; `next build` needs the store's publishable key.
const secsOf = (ms) => `${(ms / 1000).toFixed(1)} s`
const nextjsFailed = (err) => {
  log(`next.js example did not start: ${err.message}`)
  process.env.E2E_NEXTJS_ERROR = err.message
  return null
}

async function prepareNextjs() {
  if (process.env.E2E_SKIP_NEXTJS === "1") return null
  const example = require("./lib/nextjs-example")
  try {
    const pkg = await example.buildPackage()
    log(`next.js example: package built in ${secsOf(pkg)}; installing while the store boots (log: ${example.logFile})`)
    const install = example.installExample()
    install.catch(() => {})
    return { pkg, install }
  } catch (err) {
    return nextjsFailed(err)
  }
}

async function startNextjs(prepared) {
  if (!prepared) return null
  const example = require("./lib/nextjs-example")
  const { ADMIN } = require("./lib/api")
  try {
    const install = await prepared.install
    const port = Number(process.env.E2E_NEXTJS_PORT) || PORT + 3
    const app = await example.startExample({ baseUrl, port, admin: ADMIN })
    log(
      `next.js example at ${app.url}: package build ${secsOf(prepared.pkg)}, npm ci ${secsOf(install)}, ` +
        `next build ${secsOf(app.build)}, next start ${secsOf(app.start)}`
    )
    process.env.E2E_NEXTJS_URL = app.url
    return app
  } catch (err) {
    return nextjsFailed(err)
  }
}

async function main() {
  const t0 = Date.now()
  let demo = null
  let nextjs = null
  let result = { code: 1, passed: 0, failed: 1 }
  const stop = async () => demo && (await stopDemo(demo.child))
  process.on("SIGINT", async () => {
    await stop()
    process.exit(130)
  })
  try {
    const nextjsPrepared = await prepareNextjs()
    if (!external) {
      demo = startDemo()
      demo.child.on("exit", (code) => code && log(`demo exited with ${code}; see ${demo.logFile}`))
    }
    await waitFor(`${baseUrl}/health`, Date.now() + BOOT_TIMEOUT_MS)
    log(`store up after ${((Date.now() - t0) / 1000).toFixed(1)} s`)
    const mailbox = await mailboxUrl(demo)
    log(mailbox ? `mailbox at ${mailbox}` : "no demo mailbox (SMTP_URL set, or an external store without E2E_MAILBOX_URL): its tests are skipped")
    nextjs = await startNextjs(nextjsPrepared)
    result = await runSpecs(mailbox)
  } catch (err) {
    console.error(err)
    if (demo) console.error(fs.readFileSync(demo.logFile, "utf8").slice(-4000))
  } finally {
    await nextjs?.stop()
    await stop()
  }
  const taken = fs.readdirSync(shots).filter((f) => f.endsWith(".png"))
  if (taken.length) {
    fs.mkdirSync(SCREENSHOTS, { recursive: true })
    for (const f of taken) fs.copyFileSync(path.join(shots, f), path.join(SCREENSHOTS, f))
    log(`screenshots: ${taken.map((f) => path.join("docs", "screenshots", f)).join(", ")}`)
  }
  log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
  console.log(`${result.passed} passed, ${result.failed} failed`)
  process.exit(result.code === 0 && result.failed === 0 ? 0 : 1)
}

main()
