"use strict"
// examples/nextjs-storefront against the running demo, in three steps used by e2e/run.js:
// buildPackage() builds the help center package (before the demo starts: `medusa develop`
// restarts on any file change outside dot-folders and the root node_modules); installExample()
// copies the example to .data/nextjs-example (a dot-folder at the example's depth, so its
// `file:../../packages/storefront` still resolves and its lockfile holds) and runs `npm ci` there
// when its lockfile or the package changed; startExample() runs `next build` with the demo's
// publishable key and `next start` on its own port.
const crypto = require("crypto")
const fs = require("fs")
const os = require("os")
const path = require("path")
const { spawn } = require("child_process")

const ROOT = path.resolve(__dirname, "..", "..")
const SOURCE = path.join(ROOT, "examples", "nextjs-storefront")
const APP = path.join(ROOT, ".data", "nextjs-example")
const PACKAGE = path.join(ROOT, "packages", "storefront")
const NPM = process.platform === "win32" ? "npm.cmd" : "npm"
const logFile = path.join(os.tmpdir(), `helpdesk-e2e-nextjs-${process.pid}.log`)

function run(cmd, args, { cwd, env }) {
  return new Promise((resolve, reject) => {
    const out = fs.openSync(logFile, "a")
    fs.writeSync(out, `\n$ ${cmd} ${args.join(" ")}  (in ${path.relative(ROOT, cwd) || "."})\n`)
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", out, out] })
    child.on("error", reject)
    child.on("exit", (code) => {
      fs.closeSync(out)
      if (code === 0) resolve()
      else reject(new Error(`${cmd} ${args.join(" ")} exited with ${code}; see ${logFile}`))
    })
  })
}

/** A hash of the files under dir (names and bytes), or null when it does not exist. */
function treeHash(dir) {
  if (!fs.existsSync(dir)) return null
  const hash = crypto.createHash("sha256")
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name)
      if (e.isDirectory()) walk(p)
      else hash.update(path.relative(dir, p)).update(fs.readFileSync(p))
    }
  }
  walk(dir)
  return hash.digest("hex")
}

async function demoPublishableKey(baseUrl, admin) {
  const auth = await fetch(`${baseUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(admin),
  }).then((r) => r.json())
  const res = await fetch(`${baseUrl}/admin/api-keys?type=publishable&fields=token,revoked_at&limit=20`, {
    headers: { authorization: `Bearer ${auth.token}` },
  }).then((r) => r.json())
  const key = (res.api_keys || []).find((k) => !k.revoked_at)
  if (!key) throw new Error("the demo has no publishable API key")
  return key.token
}

async function waitFor(url, child, deadline) {
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`)
    try {
      const res = await fetch(url, { redirect: "manual" })
      if (res.status < 500) return
    } catch {}
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${url} did not answer in time`)
}

async function timed(fn) {
  const t = Date.now()
  await fn()
  return Date.now() - t
}

/** Builds packages/storefront (its dist is what `npm ci` copies in). Returns the ms taken. */
const buildPackage = () => timed(() => run(NPM, ["run", "build"], { cwd: PACKAGE }))

/** The example's sources into APP (keeping APP's node_modules and .next), then `npm ci` if needed. */
function installExample() {
  return timed(async () => {
    fs.mkdirSync(APP, { recursive: true })
    const keep = new Set(["node_modules", ".next"])
    for (const f of fs.readdirSync(APP)) if (!keep.has(f)) fs.rmSync(path.join(APP, f), { recursive: true, force: true })
    for (const f of fs.readdirSync(SOURCE)) {
      if (!keep.has(f)) fs.cpSync(path.join(SOURCE, f), path.join(APP, f), { recursive: true })
    }
    const stampFile = path.join(APP, "node_modules", ".helpdesk-e2e-stamp")
    const stamp = crypto
      .createHash("sha256")
      .update(fs.readFileSync(path.join(APP, "package-lock.json")))
      .update(treeHash(path.join(PACKAGE, "dist")) || "")
      .digest("hex")
    if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === stamp) return
    await run(NPM, ["ci", "--no-audit", "--no-fund"], { cwd: APP })
    fs.writeFileSync(stampFile, stamp)
  })
}

/** `next build` and `next start` against baseUrl. Returns { url, stop, build, start } (ms). */
async function startExample({ baseUrl, port, admin }) {
  const env = {
    MEDUSA_BACKEND_URL: baseUrl,
    NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY: await demoPublishableKey(baseUrl, admin),
    NEXT_TELEMETRY_DISABLED: "1",
  }
  const nextBin = path.join(APP, "node_modules", "next", "dist", "bin", "next")
  const build = await timed(() => run(process.execPath, [nextBin, "build"], { cwd: APP, env }))

  const url = `http://localhost:${port}`
  let child
  const start = await timed(async () => {
    const out = fs.openSync(logFile, "a")
    child = spawn(process.execPath, [nextBin, "start", "-p", String(port)], {
      cwd: APP,
      env: { ...process.env, ...env },
      stdio: ["ignore", out, out],
    })
    await waitFor(`${url}/us/help`, child, Date.now() + 60_000)
  })
  const stop = () =>
    new Promise((resolve) => {
      if (!child || child.exitCode !== null) return resolve()
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000)
      child.once("exit", () => {
        clearTimeout(timer)
        resolve()
      })
      child.kill("SIGTERM")
    })
  return { url, stop, build, start }
}

module.exports = { buildPackage, installExample, startExample, logFile }
