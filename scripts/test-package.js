#!/usr/bin/env node
// `npm run test:package`: proves the published package works in a clean Medusa app.
//
// Builds the plugin, packs it with `npm pack`, checks what the tarball holds, creates a fresh host
// app in a temporary folder (pinned to our Medusa version, one `plugins` entry), installs the
// tarball there, runs `medusa db:migrate` and `medusa build`, then boots the host twice:
//   1. one process (workerMode "shared"), in-memory event bus, workflow engine and locking;
//   2. as production would: Redis event bus, workflow engine and locking, with a `server` and two
//      `worker` processes (skipped, with a notice, when no Redis answers); there the SLA breach
//      job's tick must record an overdue ticket's breach exactly once, and one order.canceled
//      delivered three times must open one proactive ticket.
// Each boot drives the plugin's store and admin routes, its links through Query, its subscriber
// (through the admin notification feed), mail both ways (the packaged SMTP provider against an
// SMTP server started here, and the inbound webhook), and checks its admin extensions are in the
// built bundle.
//
// Database: DATABASE_URL / DB_* when set, else an embedded Postgres. Redis: REDIS_URL, else
// redis://localhost:6379 when it answers. Ends with "N passed, N failed".
"use strict"

const fs = require("fs")
const os = require("os")
const net = require("net")
const path = require("path")
const { spawn, spawnSync } = require("child_process")
const { databaseUrlFromEnv } = require("./lib/database-url")

const ROOT = path.resolve(__dirname, "..")
const pkg = require(path.join(ROOT, "package.json"))
const MEDUSA_VERSION = pkg.devDependencies["@medusajs/medusa"]
const work = fs.mkdtempSync(path.join(os.tmpdir(), "helpdesk-package-"))
const host = path.join(work, "host")
const logs = path.join(work, "logs")
fs.mkdirSync(logs, { recursive: true })

// The host's mail: the plugin's own SMTP provider (medusa-plugin-helpdesk/providers/smtp) sends to
// a server this script runs; replies come back on the inbound webhook with this secret.
const INBOUND_SECRET = "package-test-inbound-secret"
const mails = []

const results = []
const timings = []
const children = new Set()

function check(name, ok, detail = "") {
  results.push({ name, ok })
  console.log(`${ok ? "  ok  " : "  FAIL"} ${name}${!ok && detail ? `\n         ${detail}` : ""}`)
  return ok
}

async function timed(label, fn) {
  const t = Date.now()
  console.log(`== ${label}`)
  try {
    return await fn()
  } finally {
    timings.push([label, Date.now() - t])
  }
}

/** Runs a command to completion, output to a log file; throws with the log's tail on failure. */
function run(cmd, args, { cwd, env = {}, log }) {
  const file = path.join(logs, `${log}.log`)
  const res = spawnSync(cmd, args, {
    cwd,
    env: { ...process.env, ...env },
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  })
  fs.writeFileSync(file, `${res.stdout ?? ""}\n${res.stderr ?? ""}`)
  if (res.status !== 0) {
    const tail = fs.readFileSync(file, "utf8").split("\n").slice(-30).join("\n")
    throw new Error(`${cmd} ${args.join(" ")} failed (exit ${res.status}); ${file}:\n${tail}`)
  }
  return res.stdout
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address()
      srv.close(() => resolve(port))
    })
    srv.on("error", reject)
  })
}

function reachable(port, hostname = "127.0.0.1") {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: hostname })
    socket.setTimeout(1000)
    socket.on("connect", () => (socket.destroy(), resolve(true)))
    socket.on("error", () => resolve(false))
    socket.on("timeout", () => (socket.destroy(), resolve(false)))
  })
}

// ---------------------------------------------------------------------------------------------
// 1. Build and pack

function expectedFiles() {
  const rel = (p) => path.relative(ROOT, p).replace(/\\/g, "/")
  const walk = (dir) =>
    fs.existsSync(dir)
      ? fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
          e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]
        )
      : []
  const src = (p) => `.medusa/server/${rel(p).replace(/\.tsx?$/, ".js")}`
  return [
    ...walk(path.join(ROOT, "src/modules/helpdesk/migrations")).filter((f) => f.endsWith(".ts")).map(src),
    ...walk(path.join(ROOT, "src/links")).map(src),
    ...walk(path.join(ROOT, "src/api")).filter((f) => /(route|middlewares)\.ts$/.test(f)).map(src),
    ...walk(path.join(ROOT, "src/subscribers")).map(src),
    ...walk(path.join(ROOT, "src/jobs")).map(src),
    ".medusa/server/src/modules/helpdesk/index.js",
    ".medusa/server/src/providers/smtp/index.js",
    ".medusa/server/src/workflows/index.js",
    ".medusa/server/src/workflows/index.d.ts",
    ".medusa/server/src/client/index.js",
    ".medusa/server/src/client/index.d.ts",
    ".medusa/server/src/admin/index.mjs",
    "README.md",
  ]
}

/** Admin extensions the source defines, and the strings that identify them in a built bundle. */
function adminMarkers() {
  const dir = path.join(ROOT, "src/admin")
  const markers = []
  const walk = (d) =>
    fs.readdirSync(d, { withFileTypes: true }).forEach((e) => {
      const f = path.join(d, e.name)
      if (e.isDirectory()) return walk(f)
      if (!/\.tsx$/.test(e.name)) return
      const text = fs.readFileSync(f, "utf8")
      const widget = /defineWidgetConfig\(\{[\s\S]*?id:\s*"([^"]+)"/.exec(text)
      if (widget) markers.push({ what: `widget ${widget[1]}`, needle: widget[1] })
      const route = /defineRouteConfig\(\{[\s\S]*?label:\s*"([^"]+)"/.exec(text)
      if (route) markers.push({ what: `admin route "${route[1]}"`, needle: route[1] })
    })
  if (fs.existsSync(dir)) walk(dir)
  return markers
}

async function buildAndPack() {
  await timed("build the plugin (npm run build: the embed, then medusa plugin:build)", async () => {
    const out = run("npm", ["run", "build"], { cwd: ROOT, log: "plugin-build" })
    if (/completed with errors/i.test(out)) throw new Error(`plugin:build reported errors; see ${logs}/plugin-build.log`)
  })
  return timed("pack (npm pack)", async () => {
    const out = run("npm", ["pack", "--json", "--pack-destination", work], { cwd: ROOT, log: "pack" })
    const [info] = JSON.parse(out.slice(out.indexOf("[")))
    const files = info.files.map((f) => f.path)
    const missing = expectedFiles().filter((f) => !files.includes(f))
    check("the package holds every migration, link, route, subscriber, job, the admin bundle and typings", !missing.length, `missing: ${missing.join(", ")}`)
    const embedManifest = JSON.parse(fs.readFileSync(path.join(ROOT, ".medusa", "embed", "manifest.json"), "utf8"))
    check(
      "the package holds the one-tag embed (.medusa/embed) and not the storefront package's sources",
      files.includes(".medusa/embed/manifest.json") && files.includes(`.medusa/embed/${embedManifest.file}`) && !files.some((f) => f.startsWith("packages/")),
      files.filter((f) => /embed|^packages\//.test(f)).join(", ")
    )
    const unwanted = files.filter((f) => /__tests__|\.spec\.|integration-tests|src\/scripts\/|medusa-config|\.env/.test(f))
    check("the package holds no tests, demo data or app config", !unwanted.length, `unwanted: ${unwanted.join(", ")}`)
    check("Medusa packages are peer dependencies at the supported version", ["@medusajs/framework", "@medusajs/medusa"].every((p) => pkg.peerDependencies[p] === MEDUSA_VERSION))
    return path.join(work, info.filename)
  })
}

// ---------------------------------------------------------------------------------------------
// 2. The host app

function writeHost(tarball) {
  fs.mkdirSync(host, { recursive: true })
  const medusa = (name) => [name, MEDUSA_VERSION]
  const hostPkg = {
    name: "helpdesk-package-host",
    private: true,
    dependencies: Object.fromEntries([
      medusa("@medusajs/admin-sdk"),
      medusa("@medusajs/cli"),
      medusa("@medusajs/framework"),
      medusa("@medusajs/medusa"),
      ["medusa-plugin-helpdesk", `file:${tarball}`],
    ]),
    devDependencies: {
      "@swc/core": pkg.devDependencies["@swc/core"],
      react: pkg.devDependencies.react,
      "react-dom": pkg.devDependencies["react-dom"],
      "ts-node": pkg.devDependencies["ts-node"],
      typescript: pkg.devDependencies.typescript,
      vite: pkg.devDependencies.vite,
      yalc: pkg.devDependencies.yalc,
    },
    allowScripts: pkg.allowScripts,
  }
  fs.writeFileSync(path.join(host, "package.json"), JSON.stringify(hostPkg, null, 2))
  fs.writeFileSync(
    path.join(host, "medusa-config.ts"),
    `import { defineConfig } from "@medusajs/framework/utils"
const redisUrl = process.env.HOST_REDIS_URL

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode: (process.env.MEDUSA_WORKER_MODE || "shared") as "shared" | "worker" | "server",
    http: { jwtSecret: "package-test", cookieSecret: "package-test", storeCors: "*", adminCors: "*", authCors: "*" },
  },
  admin: { disable: process.env.MEDUSA_WORKER_MODE === "worker" },
  plugins: [
    {
      resolve: "medusa-plugin-helpdesk",
      options: {
        storeName: "Package Test Store",
        guestTokenTtlDays: 30,
        email: { enabled: true, from: "support@package.test", inboundDomain: "package.test", inboundSecret: "${INBOUND_SECRET}" },
      },
    },
  ],
  modules: [
    // A host declaring its own notification module keeps the admin bell by listing the local
    // provider on "feed" again.
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["feed"] } },
          { resolve: "medusa-plugin-helpdesk/providers/smtp", id: "smtp", options: { channels: ["email"], url: process.env.HOST_SMTP_URL, from: "support@package.test" } },
        ],
      },
    },
    ...(redisUrl
    ? [
        { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
        { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
        {
          resolve: "@medusajs/medusa/locking",
          options: { providers: [{ resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } }] },
        },
      ]
    : []),
  ],
})
`
  )
  fs.writeFileSync(path.join(host, "tsconfig.json"), JSON.stringify({ compilerOptions: { target: "ES2021", module: "Node16", moduleResolution: "Node16", esModuleInterop: true, skipLibCheck: true, jsx: "react-jsx", outDir: "./.medusa/server" }, include: ["medusa-config.ts"] }, null, 2))
  fs.writeFileSync(
    path.join(host, "check-links.js"),
    `// Run by "medusa exec": walks the plugin's links both ways through Query.
exports.default = async function ({ container }) {
  const query = container.resolve("query")
  const { data: tickets } = await query.graph({ entity: "support_ticket", fields: ["id", "customer.email", "order.id"] })
  const withCustomer = tickets.find((t) => t.customer)
  const { data: customers } = await query.graph({ entity: "customer", fields: ["id", "support_tickets.id"], filters: { id: process.env.CHECK_CUSTOMER_ID } })
  console.log("LINKS " + JSON.stringify({ ticket_customer_email: withCustomer && withCustomer.customer.email, customer_ticket_ids: customers[0] ? customers[0].support_tickets.map((t) => t.id) : null }))
}
`
  )
  fs.writeFileSync(
    path.join(host, "proactive-event.js"),
    `// Run by "medusa exec" (as a server process: it consumes no events): places and cancels an order
// with Medusa's workflows, then puts the same order.canceled on the Redis event bus twice more, so
// the two workers may each get a copy. The plugin must open one proactive ticket.
exports.default = async function ({ container }) {
  const { createRegionsWorkflow, createOrderWorkflow, cancelOrderWorkflow } = require("@medusajs/medusa/core-flows")
  const { result: regions } = await createRegionsWorkflow(container).run({ input: { regions: [{ name: "Proactive", currency_code: "eur", countries: [] }] } })
  const { result: order } = await createOrderWorkflow(container).run({
    input: { region_id: regions[0].id, email: "proactive@package.test", items: [{ title: "Mug", quantity: 1, unit_price: 12 }] },
  })
  await cancelOrderWorkflow(container).run({ input: { order_id: order.id } })
  await container.resolve("event_bus").emit([
    { name: "order.canceled", data: { id: order.id } },
    { name: "order.canceled", data: { id: order.id } },
  ])
  console.log("PROACTIVE " + JSON.stringify({ order_id: order.id }))
}
`
  )
}

function startHost({ env, port, log }) {
  const out = fs.openSync(path.join(logs, `${log}.log`), "a")
  const child = spawn("npx", ["medusa", "start"], {
    cwd: path.join(host, ".medusa", "server"),
    env: { ...process.env, ...env, PORT: String(port), NODE_ENV: "production" },
    stdio: ["ignore", out, out],
    detached: true,
  })
  children.add(child)
  child.on("exit", () => children.delete(child))
  return child
}

async function waitForHealth(port, child, log, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (child.exitCode !== null) break
    try {
      const res = await fetch(`http://localhost:${port}/health`)
      if (res.ok) return
    } catch {}
    await new Promise((r) => setTimeout(r, 500))
  }
  const tail = fs.readFileSync(path.join(logs, `${log}.log`), "utf8").split("\n").slice(-30).join("\n")
  throw new Error(`host on port ${port} did not become healthy:\n${tail}`)
}

function stop(child) {
  if (!child || child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.on("exit", resolve)
    try {
      process.kill(-child.pid, "SIGTERM")
    } catch {
      resolve()
    }
    setTimeout(() => {
      try {
        process.kill(-child.pid, "SIGKILL")
      } catch {}
    }, 10_000)
  })
}

function client(port) {
  const base = `http://localhost:${port}`
  return async (method, p, { body, raw, headers = {} } = {}) => {
    const res = await fetch(base + p, {
      method,
      headers: { ...(body ? { "content-type": "application/json" } : {}), ...headers },
      body: raw ?? (body ? JSON.stringify(body) : undefined),
    })
    const text = await res.text()
    let data
    try {
      data = JSON.parse(text)
    } catch {
      data = text
    }
    return { status: res.status, data }
  }
}

async function waitFor(fn, timeoutMs = 15_000) {
  const until = Date.now() + timeoutMs
  let last
  while (Date.now() < until) {
    last = await fn()
    if (last) return last
    await new Promise((r) => setTimeout(r, 300))
  }
  return last
}

/** What every boot must show: routes, links, subscriber, locking (idempotent create). */
async function exerciseHost(port, variant) {
  const api = client(port)
  const login = await api("POST", "/auth/user/emailpass", { body: { email: "admin@package.test", password: "package-test" } })
  if (!check(`${variant}: an admin signs in`, login.status === 200 && login.data.token, JSON.stringify(login.data))) return
  const admin = { authorization: `Bearer ${login.data.token}` }

  let keys = await api("GET", "/admin/api-keys?type=publishable", { headers: admin })
  let pk = keys.data.api_keys?.[0]?.token
  if (!pk) {
    const created = await api("POST", "/admin/api-keys", { headers: admin, body: { title: "storefront", type: "publishable" } })
    pk = created.data.api_key?.token
  }
  const store = { "x-publishable-api-key": pk }

  // The one-tag embed, served from the installed tarball (.medusa/server finds .medusa/embed).
  const embed = await fetch(`http://localhost:${port}/helpdesk/embed.js`)
  const embedText = await embed.text()
  const pinned = embed.headers.get("x-helpdesk-embed")
  check(
    `${variant}: GET /helpdesk/embed.js serves the embed from the package`,
    embed.status === 200 && /javascript/.test(embed.headers.get("content-type") || "") && embed.headers.get("x-content-type-options") === "nosniff" && embedText.includes("medusa-help-center"),
    `${embed.status} ${embed.headers.get("content-type")} ${embedText.slice(0, 120)}`
  )
  const immutable = pinned ? await fetch(`http://localhost:${port}/helpdesk/${pinned}`) : null
  check(
    `${variant}: the hashed embed is immutable, an unknown version 404`,
    immutable?.status === 200 && /immutable/.test(immutable.headers.get("cache-control") || "") &&
      (await fetch(`http://localhost:${port}/helpdesk/embed.0000000000000000.js`)).status === 404,
    `${immutable?.status} ${immutable?.headers.get("cache-control")}`
  )

  const guest = await api("POST", "/store/support/tickets", { headers: store, body: { subject: `Package test ${variant}`, body: "환불 요청 / Επιστροφή", email: "guest@package.test" } })
  check(`${variant}: POST /store/support/tickets opens a guest ticket`, guest.status === 201 && !!guest.data.access_token, JSON.stringify(guest.data))
  const id = guest.data.ticket?.id
  const read = await api("GET", `/store/support/tickets/${id}`, { headers: { ...store, "x-ticket-token": guest.data.access_token ?? "" } })
  check(`${variant}: the guest reads it with the token`, read.status === 200 && read.data.ticket?.messages?.[0]?.body === "환불 요청 / Επιστροφή")
  check(`${variant}: a stranger gets 404`, (await api("GET", `/store/support/tickets/${id}`, { headers: store })).status === 404)

  const list = await api("GET", `/admin/support/tickets?q=${encodeURIComponent("환불")}`, { headers: admin })
  check(`${variant}: GET /admin/support/tickets finds it by a Korean word`, list.status === 200 && list.data.tickets?.some((t) => t.id === id), JSON.stringify(list.data).slice(0, 300))
  check(`${variant}: admin routes refuse anonymous callers`, (await api("GET", "/admin/support/tickets")).status === 401)

  const reply = await api("POST", "/admin/support/canned-replies", { headers: admin, body: { title: `Hi ${variant}`, body: 'Hi {{customer.first_name | "there"}}, this is {{store.name}}.' } })
  const rendered = await api("POST", `/admin/support/canned-replies/${reply.data.canned_reply?.id}/render`, { headers: admin, body: { ticket_id: id } })
  check(`${variant}: canned replies render with the plugin's options`, rendered.data.body === "Hi there, this is Package Test Store.", JSON.stringify(rendered.data))

  const key = `pkg-${variant}`
  const raced = await Promise.all(
    [1, 2, 3].map(() => api("POST", "/store/support/tickets", { headers: { ...store, "idempotency-key": key }, body: { subject: "Once", body: "Once", email: `once-${variant}@package.test` } }))
  )
  // One email per variant: both boots share the database, and guest tickets are limited per email.
  check(`${variant}: concurrent retries with one Idempotency-Key make one ticket (locking)`, new Set(raced.map((r) => r.data.ticket?.id)).size === 1 && raced.every((r) => r.status === 201), JSON.stringify(raced.map((r) => [r.status, r.data.ticket?.id ?? r.data.message])))

  const feed = await waitFor(async () => {
    const res = await api("GET", "/admin/notifications?limit=50", { headers: admin })
    return res.data.notifications?.some((n) => n.data?.title === `New support ticket #${guest.data.ticket.display_id}`)
  })
  check(`${variant}: the plugin's subscriber ran (new ticket in the admin feed)`, !!feed)

  const receipt = await waitFor(async () => mails.find((m) => m.to === "guest@package.test" && m.subject.includes(`#${guest.data.ticket.display_id}`)))
  check(
    `${variant}: the guest's receipt went through the packaged SMTP provider, with a signed Reply-To`,
    !!receipt && /^support\+[0-9a-z]{42}@package\.test$/.test(receipt.replyTo) && !!receipt.messageId,
    JSON.stringify(receipt ?? mails.map((m) => [m.to, m.subject]))
  )
  if (receipt) {
    const raw = [
      "From: guest@package.test",
      `To: ${receipt.replyTo}`,
      `Subject: Re: ${receipt.subject}`,
      `Message-ID: <reply-${variant}-${Date.now()}@package.test>`,
      `In-Reply-To: ${receipt.messageId}`,
      "Content-Type: text/plain; charset=utf-8",
      "",
      `Answered by mail (${variant})`,
      "",
    ].join("\r\n")
    const hook = await api("POST", "/hooks/support/email", { headers: { authorization: `Bearer ${INBOUND_SECRET}`, "content-type": "message/rfc822" }, raw })
    const thread = await api("GET", `/admin/support/tickets/${id}/messages`, { headers: admin })
    check(
      `${variant}: POST /hooks/support/email puts the guest's answer on the ticket`,
      hook.status === 200 && thread.data.messages?.some((m) => m.body === `Answered by mail (${variant})` && m.channel === "email"),
      JSON.stringify([hook.status, hook.data])
    )
  }
  return { admin, api }
}

/**
 * With two worker processes on Redis, the SLA breach job (every minute) records an overdue
 * ticket's breach exactly once: one flag, one internal line, however many workers tick.
 */
async function checkBreachJobOnce(api, admin, dbUrl, Client) {
  const policy = await api("POST", "/admin/support/sla-policies", { headers: admin, body: { name: "Package test", first_response_minutes: 60, resolution_minutes: 600 } })
  const ticket = await api("POST", "/admin/support/tickets", { headers: admin, body: { subject: "Overdue", body: "Waiting", email: "late@package.test" } })
  const id = ticket.data.ticket?.id
  const hostDb = new Client({ connectionString: dbUrl })
  await hostDb.connect()
  try {
    await hostDb.query("UPDATE support_ticket SET first_response_due_at = now() - interval '1 minute' WHERE id = $1", [id])
  } finally {
    await hostDb.end()
  }
  const lines = async () =>
    ((await api("GET", `/admin/support/tickets/${id}/messages`, { headers: admin })).data.messages ?? []).filter((m) => m.metadata?.event === "sla_breached")
  // The job runs on the minute: wait for one tick, then a while longer for a second worker's.
  const first = await waitFor(async () => ((await lines()).length ? true : null), 130_000)
  await new Promise((r) => setTimeout(r, 10_000))
  const after = await lines()
  const flagged = (await api("GET", `/admin/support/tickets/${id}?fields=id,sla_breached`, { headers: admin })).data.ticket?.sla_breached
  check(
    "redis: with two workers, the SLA breach job records an overdue ticket's breach once",
    policy.status === 201 && !!first && after.length === 1 && flagged === true,
    JSON.stringify({ policy: policy.status, lines: after.length, flagged })
  )
}

/**
 * With two worker processes on Redis, one order.canceled delivered three times (the cancel's own
 * and two copies emitted again) opens one proactive ticket: the unique event key holds whichever
 * worker gets which copy.
 */
async function checkProactiveOnce(dbUrl, Client) {
  const out = run("npx", ["medusa", "exec", "./proactive-event.js"], {
    cwd: host,
    env: { DATABASE_URL: dbUrl, HOST_REDIS_URL: process.env.REDIS_URL || "redis://localhost:6379", MEDUSA_WORKER_MODE: "server" },
    log: "proactive-event",
  })
  const line = out.split("\n").find((l) => l.includes("PROACTIVE "))
  const orderId = line ? JSON.parse(line.slice(line.indexOf("PROACTIVE ") + 10)).order_id : null
  const hostDb = new Client({ connectionString: dbUrl })
  await hostDb.connect()
  try {
    const counts = async () => {
      const { rows } = await hostDb.query(
        `SELECT (SELECT count(*) FROM support_ticket WHERE order_id = $1 AND deleted_at IS NULL)::int AS tickets,
                (SELECT count(*) FROM support_proactive_event WHERE order_id = $1 AND ticket_id IS NOT NULL)::int AS claims`,
        [orderId]
      )
      return rows[0]
    }
    const first = orderId ? await waitFor(async () => ((await counts()).claims ? true : null), 60_000) : null
    // Time for the other copies to reach the workers.
    await new Promise((r) => setTimeout(r, 10_000))
    const after = orderId ? await counts() : null
    check(
      "redis: with two workers, one order.canceled delivered three times opens one proactive ticket",
      !!first && after?.tickets === 1 && after?.claims === 1,
      JSON.stringify({ orderId, ...after })
    )
  } finally {
    await hostDb.end()
  }
}

async function checkLinks(api, admin, dbUrl) {
  const customer = await api("POST", "/admin/customers", { headers: admin, body: { email: "linked@package.test", first_name: "Λ" } })
  const customerId = customer.data.customer?.id
  const ticket = await api("POST", "/admin/support/tickets", { headers: admin, body: { subject: "Linked", body: "By phone", customer_id: customerId } })
  const viaRoute = await api("GET", `/admin/support/tickets/${ticket.data.ticket?.id}?fields=id,customer.email`, { headers: admin })
  check("links: ticket -> customer through the admin route (Query)", viaRoute.data.ticket?.customer?.email === "linked@package.test", JSON.stringify(viaRoute.data).slice(0, 300))
  const out = run("npx", ["medusa", "exec", "./check-links.js"], { cwd: host, env: { DATABASE_URL: dbUrl, CHECK_CUSTOMER_ID: customerId }, log: "check-links" })
  const line = out.split("\n").find((l) => l.includes("LINKS "))
  const links = line ? JSON.parse(line.slice(line.indexOf("LINKS ") + 6)) : {}
  check("links: customer -> support_tickets through query.graph", links.customer_ticket_ids?.includes(ticket.data.ticket?.id), line ?? "no output")
}

// ---------------------------------------------------------------------------------------------

/** An SMTP server that keeps what the host sends (to, subject, Reply-To, Message-ID). */
async function startMailCatcher() {
  const { SMTPServer } = require(require.resolve("smtp-server", { paths: [ROOT] }))
  const { simpleParser } = require(require.resolve("mailparser", { paths: [ROOT] }))
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          for (const to of session.envelope.rcptTo) {
            mails.push({ to: to.address, subject: mail.subject ?? "", replyTo: mail.replyTo?.value?.[0]?.address ?? "", messageId: mail.messageId ?? "" })
          }
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve))
  return { port: server.server.address().port, close: () => new Promise((r) => server.close(r)) }
}

async function main() {
  const t0 = Date.now()
  let pg
  let dbUrl
  const dbName = `helpdesk_package_${process.pid}`
  const configured = databaseUrlFromEnv()
  const { Client } = require(require.resolve("@medusajs/framework/pg", { paths: [ROOT] }))
  let adminUrl
  if (configured) {
    adminUrl = configured
  } else {
    const { startEmbeddedPostgres } = require("./lib/embedded-postgres")
    // Its own folder: Postgres runs as another OS user and must reach it.
    pg = await startEmbeddedPostgres({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), "helpdesk-package-pg-")), persistent: false, handleSignals: false })
    adminUrl = pg.url("postgres")
  }
  const u = new URL(adminUrl)
  u.pathname = `/${dbName}`
  dbUrl = u.toString()
  const adminDb = new URL(adminUrl)
  adminDb.pathname = "/postgres"
  const db = new Client({ connectionString: adminDb.toString() })
  await db.connect()
  await db.query(`CREATE DATABASE "${dbName}"`)

  const smtp = await startMailCatcher()
  process.env.HOST_SMTP_URL = `smtp://127.0.0.1:${smtp.port}`
  try {
    const tarball = await buildAndPack()
    await timed("install the tarball in a fresh host app", async () => {
      writeHost(tarball)
      run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund"], { cwd: host, log: "host-install" })
    })
    await timed("medusa db:migrate", async () => {
      run("npx", ["medusa", "db:migrate"], { cwd: host, env: { DATABASE_URL: dbUrl }, log: "migrate" })
      run("npx", ["medusa", "user", "-e", "admin@package.test", "-p", "package-test"], { cwd: host, env: { DATABASE_URL: dbUrl }, log: "user" })
      const hostDb = new Client({ connectionString: dbUrl })
      await hostDb.connect()
      const { rows } = await hostDb.query("SELECT name FROM mikro_orm_migrations")
      const cols = await hostDb.query("SELECT column_name FROM information_schema.columns WHERE table_name = 'support_ticket'")
      await hostDb.end()
      const ours = fs.readdirSync(path.join(ROOT, "src/modules/helpdesk/migrations")).filter((f) => f.endsWith(".ts")).map((f) => f.replace(/\.ts$/, ""))
      const missing = ours.filter((m) => !rows.some((r) => r.name === m))
      check("db:migrate applied every plugin migration", !missing.length, `not applied: ${missing.join(", ")}`)
      check("the search column exists", cols.rows.some((r) => r.column_name === "search_vector"))
    })
    await timed("medusa build (host, with admin)", async () => {
      run("npx", ["medusa", "build"], { cwd: host, log: "host-build" })
      const assets = path.join(host, ".medusa", "server", "public", "admin")
      const bundle = fs.existsSync(assets)
        ? fs.readdirSync(path.join(assets, "assets")).filter((f) => f.endsWith(".js")).map((f) => fs.readFileSync(path.join(assets, "assets", f), "utf8")).join("\n")
        : ""
      const markers = adminMarkers()
      check("the plugin has admin extensions to look for", markers.length > 0)
      for (const m of markers) check(`the host's admin bundle contains the ${m.what}`, bundle.includes(m.needle))
      fs.symlinkSync(path.join(host, "node_modules"), path.join(host, ".medusa", "server", "node_modules"), "dir")
    })

    await timed("boot 1: one process, in-memory infrastructure", async () => {
      const port = await freePort()
      const server = startHost({ env: { DATABASE_URL: dbUrl }, port, log: "boot-shared" })
      try {
        await waitForHealth(port, server, "boot-shared")
        const ctx = await exerciseHost(port, "shared")
        if (ctx) await checkLinks(ctx.api, ctx.admin, dbUrl)
      } finally {
        await stop(server)
      }
    })

    const redisUrl = process.env.REDIS_URL || "redis://localhost:6379"
    const redis = new URL(redisUrl)
    if (await reachable(Number(redis.port || 6379), redis.hostname === "localhost" ? "127.0.0.1" : redis.hostname)) {
      await timed("boot 2: Redis event bus, workflow engine and locking; server + two workers", async () => {
        const env = { DATABASE_URL: dbUrl, HOST_REDIS_URL: redisUrl }
        const [port, workerPort, worker2Port] = [await freePort(), await freePort(), await freePort()]
        const server = startHost({ env: { ...env, MEDUSA_WORKER_MODE: "server" }, port, log: "boot-server" })
        const workers = [
          startHost({ env: { ...env, MEDUSA_WORKER_MODE: "worker" }, port: workerPort, log: "boot-worker" }),
          startHost({ env: { ...env, MEDUSA_WORKER_MODE: "worker" }, port: worker2Port, log: "boot-worker-2" }),
        ]
        try {
          await waitForHealth(port, server, "boot-server")
          await waitForHealth(workerPort, workers[0], "boot-worker")
          await waitForHealth(worker2Port, workers[1], "boot-worker-2")
          const ctx = await exerciseHost(port, "redis")
          if (ctx) await checkBreachJobOnce(ctx.api, ctx.admin, dbUrl, Client)
          if (ctx) await checkProactiveOnce(dbUrl, Client)
        } finally {
          await Promise.all([stop(server), ...workers.map(stop)])
        }
      })
    } else {
      console.log(`== NOTICE: no Redis at ${redisUrl}: the production-like variant (Redis, server + worker) was SKIPPED`)
    }
  } catch (e) {
    check("the packaging test ran to the end", false, e.message)
  } finally {
    await Promise.all([...children].map(stop))
    await smtp.close()
    await db.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch(() => {})
    await db.end()
    if (pg) await pg.stop()
    if (!process.env.KEEP_PACKAGE_TEST) fs.rmSync(work, { recursive: true, force: true })
    else console.log(`kept ${work}`)
  }

  for (const [label, ms] of timings) console.log(`   ${(ms / 1000).toFixed(1).padStart(6)} s  ${label}`)
  console.log(`   ${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s  total`)
  const failed = results.filter((r) => !r.ok).length
  console.log(`${results.length - failed} passed, ${failed} failed`)
  process.exit(failed ? 1 : 0)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
