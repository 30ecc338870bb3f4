#!/usr/bin/env node
// `npm run demo`: the demo store (Medusa + this plugin, served from source) with demo data.
//
// Database: DATABASE_URL, or DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD/DB_NAME (also read from .env);
// without them, an embedded Postgres whose data persists in .data/postgres (delete that folder
// to start over). Then: create the database if missing, `medusa db:migrate`, the admin user
// (once), the demo data (once: src/scripts/seed-demo.ts records it in the store's metadata), and
// `medusa develop` in the foreground. Ctrl+C stops Medusa, then the embedded Postgres.
"use strict"

const fs = require("fs")
const os = require("os")
const crypto = require("crypto")
const net = require("net")
const http = require("http")
const path = require("path")
const { spawn, execFileSync } = require("child_process")
const { databaseUrlFromEnv, withDatabase, redact } = require("./lib/database-url")
const { loadEnvFiles } = require("./lib/env-files")

const ROOT = path.resolve(__dirname, "..")
const DATA_DIR = path.join(ROOT, ".data", "postgres")
const DB_NAME = "medusa_helpdesk"
const ADMIN_EMAIL = "admin@helpdesk.local"
const ADMIN_PASSWORD = "supersecret"
const SEED_SCRIPT = "./src/scripts/seed-demo.ts"
const PREFERRED_PG_PORT = 54329
const PREFERRED_MAILBOX_PORT = 9001
const PREFERRED_STOREFRONT_PORT = 8000
const API_KEY_TITLE = "Helpdesk demo storefront"
// The demo customers (src/scripts/demo/catalog.ts) sign in with this password (seed-shoppers.ts).
const SHOPPERS = ["emma.walsh@example.com", "minji.kim@example.com", "giorgos.papadopoulos@example.com", "lucas.martin@example.com"]
const SHOPPER_PASSWORD = "shopper123"
const MEDUSA_BIN = path.join(ROOT, "node_modules", ".bin", process.platform === "win32" ? "medusa.cmd" : "medusa")

const t0 = Date.now()
const timings = []
const log = (msg) => console.log(`\x1b[36m[demo]\x1b[0m ${msg}`)
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`
async function timed(label, fn) {
  const t = Date.now()
  const result = await fn()
  timings.push([label, Date.now() - t])
  return result
}

function pgClient(url) {
  const { Client } = require(require.resolve("pg", { paths: [ROOT] }))
  const client = new Client({ connectionString: url })
  client.on("error", () => {})
  return client
}

async function ensureDatabase(url) {
  const dbName = decodeURIComponent(new URL(url).pathname.slice(1)) || DB_NAME
  const admin = pgClient(withDatabase(url, "postgres"))
  try {
    await admin.connect()
  } catch (err) {
    // No access to the "postgres" database: fine if the target database exists.
    const direct = pgClient(url)
    try {
      await direct.connect()
      await direct.end()
      return null
    } catch {
      throw new Error(`Cannot connect to ${redact(url)}: ${err.message}`)
    }
  }
  try {
    const { rowCount } = await admin.query("select 1 from pg_database where datname = $1", [dbName])
    if (rowCount) return null
    await admin.query(`create database "${dbName.replace(/"/g, '""')}"`)
    return dbName
  } finally {
    await admin.end()
  }
}

async function queryValue(url, sql, params = []) {
  const client = pgClient(url)
  await client.connect()
  try {
    const { rows } = await client.query(sql, params)
    return rows[0]
  } finally {
    await client.end()
  }
}

// `medusa db:migrate` boots Medusa three times (~17 s even with nothing to do). It is skipped
// when nothing it depends on changed since it last succeeded against this database: the
// lockfile (Medusa versions), medusa-config, the plugin's migrations, links and migration scripts.
// DEMO_MIGRATE=1 runs it anyway.
const MIGRATION_KEY = "helpdesk_demo_migrations"
function migrationFingerprint() {
  const hash = crypto.createHash("sha256")
  const add = (file) => {
    hash.update(path.relative(ROOT, file))
    hash.update(fs.readFileSync(file))
  }
  const walk = (dir) => {
    if (!fs.existsSync(dir)) return
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(p)
      else add(p)
    }
  }
  for (const f of ["package-lock.json", "medusa-config.ts", "medusa-config.js"]) {
    if (fs.existsSync(path.join(ROOT, f))) add(path.join(ROOT, f))
  }
  walk(path.join(ROOT, "src", "links"))
  walk(path.join(ROOT, "src", "migration-scripts"))
  const modules = path.join(ROOT, "src", "modules")
  if (fs.existsSync(modules)) {
    for (const m of fs.readdirSync(modules).sort()) walk(path.join(modules, m, "migrations"))
  }
  return hash.digest("hex").slice(0, 16)
}

function portFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.listen({ port }, () => server.close(() => resolve(true)))
  })
}

function httpStatus(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume()
      resolve(res.statusCode)
    })
    req.on("error", () => resolve(0))
    req.setTimeout(2000, () => req.destroy())
  })
}

// ---------------------------------------------------------------------------------------------
// Child processes. Ctrl+C in the terminal reaches Medusa directly (same process group); a signal
// sent to this process alone is passed on. `medusa develop` forks the server, which does not
// always follow its parent, so whatever is left of the tree afterwards is stopped too.

let current = null
let stopping = null

function descendants(pid) {
  if (process.platform === "win32") return []
  let table
  try {
    table = execFileSync("ps", ["-A", "-o", "pid=,ppid="], { encoding: "utf8" })
      .trim()
      .split("\n")
      .map((l) => l.trim().split(/\s+/).map(Number))
  } catch {
    return []
  }
  const out = []
  const walk = (p) => {
    for (const [child, parent] of table) {
      if (parent === p) {
        out.push(child)
        walk(child)
      }
    }
  }
  walk(pid)
  return out
}

function alive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

async function stopProcesses(pids) {
  for (const pid of pids) {
    try {
      process.kill(pid, "SIGTERM")
    } catch {}
  }
  const until = Date.now() + 10000
  while (pids.some(alive) && Date.now() < until) await new Promise((r) => setTimeout(r, 100))
  for (const pid of pids.filter(alive)) {
    try {
      process.kill(pid, "SIGKILL")
    } catch {}
  }
}

function runMedusa(args, env, { capture = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(MEDUSA_BIN, args, {
      cwd: ROOT,
      env,
      stdio: capture ? ["inherit", "pipe", "pipe"] : "inherit",
      shell: process.platform === "win32",
    })
    current = { child, tree: [] }
    let output = ""
    if (capture) {
      child.stdout.on("data", (d) => (output += d))
      child.stderr.on("data", (d) => (output += d))
    }
    child.on("error", (err) => resolve({ code: 1, output: `${output}${err.message}` }))
    child.on("exit", async (code, signal) => {
      const tree = current?.tree ?? []
      current = null
      // Leftovers of a stopped `medusa develop` (its forked server): ask them to stop, wait.
      await stopProcesses(tree.filter(alive))
      resolve({ code: code ?? 128 + (os.constants.signals[signal] || 1), signal, output })
    })
  })
}

function onSignal(signal) {
  if (!stopping) stopping = signal
  if (!current) return
  const { child } = current
  current.tree = Array.from(new Set([...current.tree, ...descendants(child.pid)]))
  try {
    child.kill(signal === "SIGINT" ? "SIGINT" : signal)
  } catch {}
  // Give Medusa time to shut down, then stop what is left.
  setTimeout(() => {
    if (current && current.child === child) {
      for (const pid of [child.pid, ...current.tree]) {
        try {
          process.kill(pid, "SIGKILL")
        } catch {}
      }
    }
  }, 15000).unref()
}

// ---------------------------------------------------------------------------------------------

async function main() {
  loadEnvFiles(ROOT, [".env"])
  const env = { ...process.env }
  if (env.MEDUSA_DISABLE_TELEMETRY === undefined) env.MEDUSA_DISABLE_TELEMETRY = "true"
  const port = Number(env.PORT) || 9000
  const base = `http://localhost:${port}`

  if (!fs.existsSync(MEDUSA_BIN)) throw new Error("node_modules is missing: run `npm install` first.")
  if (!(await portFree(port))) {
    throw new Error(`Port ${port} is already in use (another Medusa running?). Stop it, or run with PORT=<other port>.`)
  }

  for (const s of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(s, onSignal)

  // The help center embed served at /helpdesk/embed.js (packages/storefront).
  require("./lib/build-embed").buildEmbed()

  let pg
  let url = databaseUrlFromEnv(env)
  if (url) {
    log(`Using the configured database ${redact(url)}`)
  } else {
    const { startEmbeddedPostgres } = require("./lib/embedded-postgres")
    const fresh = !fs.existsSync(path.join(DATA_DIR, "PG_VERSION"))
    pg = await timed(fresh ? "embedded Postgres init + start" : "embedded Postgres start", () =>
      startEmbeddedPostgres({ dataDir: DATA_DIR, persistent: true, port: PREFERRED_PG_PORT, handleSignals: false })
    )
    url = pg.url(DB_NAME)
    log(
      `Embedded Postgres ${pg.timings.initMs !== undefined ? "created" : "started"} on localhost:${pg.port}, data in ` +
        `${pg.dataDir === DATA_DIR ? path.relative(ROOT, DATA_DIR) : pg.dataDir} (delete it to start over)`
    )
  }
  env.DATABASE_URL = url

  const stop = async (code) => {
    for (const s of ["SIGINT", "SIGTERM", "SIGHUP"]) process.removeListener(s, onSignal)
    if (pg) {
      log("Stopping the embedded Postgres...")
      await pg.stop()
    }
    process.exit(code)
  }
  const step = async (label, args, opts) => {
    if (stopping) await stop(130)
    const res = await timed(label, () => runMedusa(args, env, opts))
    if (stopping) await stop(res.code || 130)
    return res
  }

  try {
    const created = await timed("create database", () => ensureDatabase(url))
    if (created) log(`Created database ${created}`)

    const fingerprint = migrationFingerprint()
    const migrated = await queryValue(
      url,
      `select metadata->>'${MIGRATION_KEY}' as fingerprint from store where deleted_at is null order by created_at limit 1`
    ).catch(() => undefined)
    if (migrated?.fingerprint === fingerprint && !env.DEMO_MIGRATE) {
      log("Migrations unchanged since the last run: skipping medusa db:migrate (DEMO_MIGRATE=1 runs it).")
    } else {
      log("Running migrations (medusa db:migrate)...")
      const migrate = await step("db:migrate", ["db:migrate"])
      if (migrate.code !== 0) throw new Error(`medusa db:migrate failed (exit code ${migrate.code})`)
      await queryValue(
        url,
        `update store set metadata = jsonb_set(coalesce(metadata, '{}'::jsonb), '{${MIGRATION_KEY}}', to_jsonb($1::text))
         where id = (select id from store where deleted_at is null order by created_at limit 1)`,
        [fingerprint]
      )
    }

    const hasAdmin = await queryValue(url, `select 1 as ok from "user" where email = $1 and deleted_at is null`, [
      ADMIN_EMAIL,
    ])
    if (!hasAdmin) {
      log(`Creating the admin user ${ADMIN_EMAIL}...`)
      const res = await step("admin user", ["user", "-e", ADMIN_EMAIL, "-p", ADMIN_PASSWORD], { capture: true })
      if (res.code !== 0 && !/already exists/i.test(res.output)) {
        process.stdout.write(res.output)
        throw new Error(`medusa user failed (exit code ${res.code})`)
      }
    }

    const store = await queryValue(
      url,
      `select metadata from store where deleted_at is null order by created_at limit 1`
    )
    const seeded = store?.metadata?.helpdesk_demo
    if (seeded?.commerce && seeded?.helpdesk && seeded?.articles && seeded?.shoppers) {
      log(`Demo data already there (seeded ${seeded.helpdesk}).`)
    } else {
      log("Seeding demo data (medusa exec src/scripts/seed-demo.ts)...")
      const res = await step("seed", ["exec", SEED_SCRIPT])
      if (res.code !== 0) {
        log(
          `\x1b[33mThe seed did not finish (exit code ${res.code}); starting the store with what is there. ` +
            "It runs again next time.\x1b[0m"
        )
      }
    }
  } catch (err) {
    console.error(`\x1b[31m[demo] ${err.message}\x1b[0m`)
    await stop(1)
  }

  const mail = await timed("mail", () => setUpMail(env, base))
  const storefront = await timed("storefront page", () => setUpStorefront(env, base, url))

  log("Starting Medusa (medusa develop)...")
  const tDevelop = Date.now()
  const develop = runMedusa(["develop"], env)
  let ready = false
  const poll = setInterval(async () => {
    if (ready || !current) return
    if ((await httpStatus(`${base}/health`)) === 200 && !ready) {
      ready = true
      clearInterval(poll)
      timings.push(["medusa develop to /health", Date.now() - tDevelop])
      banner(base, pg, mail, storefront)
    }
  }, 500)

  const { code } = await develop
  clearInterval(poll)
  await stop(stopping ? 0 : code)
}

// Mail: with SMTP_URL the store sends through that server. Without it, the demo catches its own
// mail on a local mailbox page (scripts/lib/demo-mailbox.js) whose answers go to the store's real
// inbound webhook. The webhook's secret is HELPDESK_INBOUND_SECRET, or a random one for this run.
async function setUpMail(env, base) {
  const generatedSecret = !env.HELPDESK_INBOUND_SECRET
  if (generatedSecret) env.HELPDESK_INBOUND_SECRET = crypto.randomBytes(24).toString("base64url")
  const info = { secret: env.HELPDESK_INBOUND_SECRET, generatedSecret, webhook: `${base}/hooks/support/email` }
  if (env.SMTP_URL) return { ...info, smtp: env.SMTP_URL }
  const { startDemoMailbox } = require("./lib/demo-mailbox")
  const preferred = Number(env.MAILBOX_PORT) || PREFERRED_MAILBOX_PORT
  const mailbox = await startDemoMailbox({
    webhookUrl: info.webhook,
    secret: info.secret,
    storeAddress: env.HELPDESK_EMAIL_FROM || "support@localhost",
    pagePort: (await portFree(preferred)) ? preferred : 0,
    log: (msg) => log(`mailbox: ${msg}`),
  })
  env.SMTP_URL = mailbox.smtpUrl
  return { ...info, mailbox }
}

// The shop page with the one-tag help center (scripts/lib/demo-storefront.js), on its own origin:
// STOREFRONT_PORT, default 8000; its origin is added to STORE_CORS and AUTH_CORS for this run.

async function setUpStorefront(env, base, url) {
  const key = await queryValue(
    url,
    `select token from api_key where type = 'publishable' and revoked_at is null and deleted_at is null
     order by (title = $1) desc, created_at limit 1`,
    [API_KEY_TITLE]
  ).catch(() => undefined)
  if (!key) {
    log("\x1b[33mNo demo publishable key yet: the storefront page is not served.\x1b[0m")
    return null
  }
  const { startDemoStorefront } = require("./lib/demo-storefront")
  const preferred = Number(env.STOREFRONT_PORT) || PREFERRED_STOREFRONT_PORT
  const site = await startDemoStorefront({
    backendUrl: base,
    publishableKey: key.token,
    port: (await portFree(preferred)) ? preferred : 0,
  })
  // Its sign-in calls /auth/customer/emailpass: AUTH_CORS must list the page's origin too.
  const origin = new URL(site.url).origin
  const defaults = { STORE_CORS: "http://localhost:8000", AUTH_CORS: `${base},http://localhost:5173,http://localhost:8000` }
  for (const name of ["STORE_CORS", "AUTH_CORS"]) {
    if (!env[name]) env[name] = `${origin},${defaults[name]}`
    else if (!env[name].split(",").includes(origin)) env[name] = `${env[name]},${origin}`
  }
  return { ...site, publishableKey: key.token }
}

function banner(base, pg, mail, storefront) {
  const lines = [
    "",
    "  Helpdesk demo store is running",
    "",
    `  Admin:     ${base}/app`,
    `  Login:     ${ADMIN_EMAIL} / ${ADMIN_PASSWORD}`,
    `  Store API: ${base}/store  (publishable key: ${storefront?.publishableKey ?? "Settings > Publishable API Keys"})`,
    ...(storefront ? [`  Storefront: ${storefront.url}  (the help center, by the one-tag embed)`] : []),
    `  Shoppers:  ${SHOPPERS.join(", ")}`,
    `             password ${SHOPPER_PASSWORD} (sign in on the storefront page)`,
    ...(pg ? [`  Database:  ${pg.url(DB_NAME)}`] : []),
    ...(mail.mailbox
      ? [`  Mailbox:   ${mail.mailbox.pageUrl}  (every mail the store sends; answer them from there)`]
      : [`  Mail:      sent through ${redact(mail.smtp)}`]),
    `  Inbound:   POST ${mail.webhook}`,
    `             Authorization: Bearer ${mail.generatedSecret ? `${mail.secret}  (random for this run; set HELPDESK_INBOUND_SECRET to keep one)` : "<HELPDESK_INBOUND_SECRET>"}`,
    "",
    `  Ready in ${secs(Date.now() - t0)}:`,
    ...timings.map(([label, ms]) => `    ${label.padEnd(30)} ${secs(ms).padStart(7)}`),
    "",
    "  Ctrl+C stops Medusa and the database.",
    "",
  ]
  const width = Math.max(...lines.map((l) => l.length)) + 2
  console.log(`\n\x1b[32m${"=".repeat(width)}\n${lines.map((l) => l.padEnd(width)).join("\n")}\n${"=".repeat(width)}\x1b[0m\n`)
}

main().catch((err) => {
  console.error(`\x1b[31m[demo] ${err.stack || err}\x1b[0m`)
  process.exit(1)
})
