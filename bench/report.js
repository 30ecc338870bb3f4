#!/usr/bin/env node
// Prints bench results: one run as a table, or two runs (e.g. 10k and 1m) side by side.
//   node bench/report.js bench/results/10k.json [bench/results/1m.json]
"use strict"

const fs = require("fs")

const f = (v, digits = 1) => (v === null || v === undefined || Number.isNaN(v) ? "-" : Number(v).toFixed(digits))
const mb = (bytes) => (bytes ? `${Math.round(bytes / 1024 / 1024)}` : "-")
const pad = (s, n, left = false) => (left ? String(s).padStart(n) : String(s).padEnd(n))

function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)))
  const line = (cells) => cells.map((c, i) => pad(c, widths[i], i > 0)).join("  ")
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n")
}

function ordersP(results, key) {
  return results.scenarios.find((s) => s.name === "medusa_orders")?.http?.[key] ?? null
}

/** One run: latency, throughput, the two yardsticks as ratios, server memory. */
function single(results) {
  const orders50 = ordersP(results, "p50")
  const orders95 = ordersP(results, "p95")
  const rows = results.scenarios.map((s) => {
    const h = s.http ?? {}
    return [
      s.name,
      f(h.p50),
      f(h.p95),
      f(h.p99),
      f(h.rps, 0),
      h.errors ?? "-",
      f(s.sql?.ms, 2),
      s.sql?.ms ? f(h.p50 / s.sql.ms, 1) : "-",
      orders95 ? f(h.p95 / orders95, 2) : "-",
      mb(s.rss_max),
    ]
  })
  const m = results.meta
  return [
    `${m.tickets.toLocaleString("en")} tickets, ${m.messages.toLocaleString("en")} messages, ${m.customers.toLocaleString("en")} customers, ${m.orders.toLocaleString("en")} orders (${m.size}); ` +
      `${results.options.connections} clients (ticket creation: ${results.options.create_connections}), ${results.options.duration} s each; ${results.machine}`,
    "",
    table(["scenario", "p50 ms", "p95 ms", "p99 ms", "req/s", "errors", "SQL ms", "p50/SQL", "p95/orders p95", "RSS MB"], rows),
    "",
    `Medusa's GET /admin/orders: p50 ${f(orders50)} ms, p95 ${f(orders95)} ms. SQL ms: EXPLAIN ANALYZE of the statements the route issues (median of 7).`,
    `Server RSS at most ${mb(results.rss_max)} MB during the run.`,
  ].join("\n")
}

/** Two runs side by side: how each figure grows with the data. */
function compare(a, b) {
  const names = a.scenarios.map((s) => s.name).filter((n) => b.scenarios.some((s) => s.name === n))
  const get = (r, n) => r.scenarios.find((s) => s.name === n)
  const la = a.meta.name ?? a.options.scale
  const lb = b.meta.name ?? b.options.scale
  const rows = names.map((n) => {
    const x = get(a, n)
    const y = get(b, n)
    return [
      n,
      f(x.http.p50), f(y.http.p50), f(y.http.p50 / x.http.p50, 2),
      f(x.http.p95), f(y.http.p95),
      f(x.http.rps, 0), f(y.http.rps, 0),
      f(x.sql?.ms, 2), f(y.sql?.ms, 2),
      mb(y.rss_max),
    ]
  })
  return [
    `${la}: ${a.meta.tickets.toLocaleString("en")} tickets / ${a.meta.messages.toLocaleString("en")} messages   vs   ${lb}: ${b.meta.tickets.toLocaleString("en")} tickets / ${b.meta.messages.toLocaleString("en")} messages`,
    "",
    table(
      ["scenario", `p50 ${la}`, `p50 ${lb}`, `${lb}/${la}`, `p95 ${la}`, `p95 ${lb}`, `req/s ${la}`, `req/s ${lb}`, `SQL ${la}`, `SQL ${lb}`, `RSS ${lb}`],
      rows
    ),
  ].join("\n")
}

module.exports = { single, compare }

if (require.main === module) {
  const files = process.argv.slice(2)
  if (!files.length || files.length > 2) {
    console.error("usage: node bench/report.js <results.json> [<other results.json>]")
    process.exit(2)
  }
  const [a, b] = files.map((file) => JSON.parse(fs.readFileSync(file, "utf8")))
  console.log(b ? compare(a, b) : single(a))
}
