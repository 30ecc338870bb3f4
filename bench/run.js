#!/usr/bin/env node
// `npm run bench`: seeds (or reuses) a database at the chosen scale, boots the real server
// (`medusa start`, production mode), drives the real HTTP routes from a second process
// (autocannon, bench/load.js), replays each route's SQL under EXPLAIN ANALYZE, and prints
// p50/p95/p99 latency, throughput and server RSS per scenario, with Medusa's own order list and
// the bare SQL time as yardsticks. See docs/performance.md; `npm run bench -- --help`.
"use strict"

const fs = require("fs")
const os = require("os")
const path = require("path")
const { fork } = require("child_process")
const { parseArgs } = require("./config")
const { ROOT, startDatabaseServer, connect, redact } = require("./lib/database")
const { startServer, rssBytes } = require("./lib/medusa")
const { loadEnvFiles } = require("../scripts/lib/env-files")
const { ensureSeeded } = require("./seed")
const { prepare } = require("./setup")
const scenarios = require("./scenarios")
const { measureSql } = require("./explain")
const { rememberTickets, restoreSeed } = require("./cleanup")
const report = require("./report")

const log = (msg) => console.log(`\x1b[36m[bench]\x1b[0m ${msg}`)

// Reads first, writes last (new tickets would change the lists); the yardstick first.
const ORDER = ["medusa_orders", "medusa_customer_create", "inbox_open", "inbox_mine", "inbox_unassigned", "inbox_tag", "search_en", "search_ko", "search_el", "ticket_detail", "customer_context", "contact_rate", "contact_rate_widget", "contact_rate_365", "kb_search", "store_list", "store_reply", "store_create", "email_inbound"]

function runLoad(spec) {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, "load.js"), [], { stdio: ["ignore", "inherit", "inherit", "ipc"] })
    child.once("message", (msg) => {
      child.kill()
      if (msg.ok) resolve(msg.result)
      else reject(new Error(msg.error))
    })
    child.once("exit", (code) => code && reject(new Error(`load generator exited with ${code}`)))
    child.send(spec)
  })
}

/** Samples the server's RSS while `fn` runs. */
async function sampleRss(pid, fn) {
  let max = rssBytes(pid)
  const timer = setInterval(() => (max = Math.max(max, rssBytes(pid))), 200)
  try {
    const result = await fn()
    return { result, rss_max: Math.max(max, rssBytes(pid)) }
  } finally {
    clearInterval(timer)
  }
}

function machine() {
  const cpus = os.cpus()
  return `${cpus.length} x ${cpus[0]?.model?.trim() ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(2)).join("/")} at start`
}

async function main() {
  const opts = parseArgs(process.argv.slice(2))
  if (opts.compare) {
    const [a, b] = opts.compare.map((f) => JSON.parse(fs.readFileSync(f, "utf8")))
    console.log(report.compare(a, b))
    return
  }
  loadEnvFiles(ROOT, [".env"])
  if (opts.slaJob) {
    // The SLA breach job over `--scale` open tickets in one tick (bench/sla-job.js).
    const { runSlaJobBench } = require("./sla-job")
    const result = await runSlaJobBench({ tickets: opts.scale.tickets })
    if (!result.ok) process.exitCode = 1
    return
  }
  if (opts.rules) {
    // The rule engine's cost per new ticket with 50 enabled rules (bench/rules.js).
    const { runRulesBench } = require("./rules")
    const result = await runRulesBench()
    if (!result.ok) process.exitCode = 1
    return
  }
  if (opts.canned) {
    // The canned-reply effectiveness page over a busy desk (bench/canned-effectiveness.js).
    const { runCannedEffectivenessBench } = require("./canned-effectiveness")
    const result = await runCannedEffectivenessBench()
    if (!result.ok) process.exitCode = 1
    return
  }
  const pg = await startDatabaseServer()
  let server
  try {
    log(`Postgres: ${pg.embedded ? "embedded (.data/bench-postgres)" : redact(pg.serverUrl)}`)
    const { url, meta } = await ensureSeeded({ serverUrl: pg.serverUrl, scale: opts.scale, reseed: opts.reseed, log })
    if (opts.seedOnly) return
    {
      const db = await connect(url)
      try {
        const removed = await restoreSeed(db, meta)
        if (Object.values(removed).some(Boolean)) log(`Restored the seeded state: ${JSON.stringify(removed)}`)
        await db.query("vacuum analyze support_ticket, support_message")
      } finally {
        await db.end()
      }
    }

    const logFile = path.join(os.tmpdir(), `helpdesk-bench-${opts.scale.name}-server.log`)
    log(`Starting medusa start (production) on ${redact(url)} (log: ${logFile})...`)
    const t = Date.now()
    server = await startServer(url, { logFile, nodeArgs: opts.heap ? [`--max-old-space-size=${opts.heap}`] : [] })
    log(`Server ready in ${((Date.now() - t) / 1000).toFixed(1)} s at ${server.base}, pid ${server.pid}, RSS ${Math.round(rssBytes(server.pid) / 2 ** 20)} MB.`)
    const ctx = await prepare(server.base, url, meta)

    const all = scenarios.list(ctx)
    const chosen = ORDER.map((n) => all.find((s) => s.name === n)).filter((s) => s && (!opts.only || opts.only.includes(s.name)))
    const db = await connect(url)
    const results = {
      options: { scale: opts.scale.name, duration: opts.duration, warmup: opts.warmup, connections: opts.connections, create_connections: opts.createConnections, heap_mb: opts.heap || null },
      meta: { ...meta, name: opts.scale.name },
      machine: machine(),
      started_at: new Date().toISOString(),
      scenarios: [],
    }
    try {
      for (const s of chosen) {
        if (s.name === "store_reply") await rememberTickets(db, ctx.shoppers.flatMap((sh) => sh.ticket_ids))
        const runs = []
        for (const connections of s.throughput ? [opts.createConnections] : opts.connections) {
          process.stdout.write(`\x1b[36m[bench]\x1b[0m ${s.name.padEnd(22)} ${String(connections).padStart(2)} clients, ${opts.warmup} + ${opts.duration} s ... `)
          const { result: http, rss_max } = await sampleRss(server.pid, () =>
            runLoad({
              base: server.base,
              connections,
              duration: opts.duration,
              warmup: opts.warmup,
              requests: s.requests,
              uniqueIdempotencyKey: !!s.uniqueIdempotencyKey,
            })
          )
          console.log(`p50 ${http.p50?.toFixed(1)} ms, p95 ${http.p95?.toFixed(1)} ms, ${http.rps.toFixed(0)} req/s, ${http.errors} errors, RSS ${Math.round(rss_max / 2 ** 20)} MB`)
          if (http.errors) console.log(`    statuses: ${JSON.stringify(http.statuses)}`)
          runs.push({ connections, http, rss_max })
        }
        const sql = await measureSql(db, s)
        log(`${s.name.padEnd(22)} SQL ${sql.ms.toFixed(2)} ms (p95 ${sql.p95.toFixed(2)} ms of ${sql.runs} runs) in ${sql.statements} statements (slowest: ${sql.slowest?.label} ${sql.slowest?.ms.toFixed(2)} ms)`)
        results.scenarios.push({ name: s.name, group: s.group, title: s.title, throughput: !!s.throughput, runs, sql })
      }
      await restoreSeed(db, meta)
    } finally {
      await db.end()
    }
    results.rss_max = Math.max(0, ...results.scenarios.flatMap((s) => s.runs.map((r) => r.rss_max)))
    results.finished_at = new Date().toISOString()

    const out = opts.out ?? path.join(__dirname, "results", `${opts.scale.name}.json`)
    fs.mkdirSync(path.dirname(out), { recursive: true })
    fs.writeFileSync(out, JSON.stringify(results, null, 2) + "\n")
    console.log("\n" + report.single(results) + "\n")
    log(`Results written to ${path.relative(process.cwd(), out)}`)
  } finally {
    if (server) await server.stop()
    await pg.stop()
  }
}

main().catch((err) => {
  console.error(`\x1b[31m[bench] ${err.stack || err}\x1b[0m`)
  process.exit(1)
})
