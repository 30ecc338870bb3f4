#!/usr/bin/env node
// Prints bench results: one run as a table, or two runs (e.g. 10k and 1m) side by side with the
// issue's targets checked.
//   node bench/report.js bench/results/10k.json [bench/results/1m.json]
"use strict"

const fs = require("fs")

const f = (v, digits = 1) => (v === null || v === undefined || !Number.isFinite(v) ? "-" : Number(v).toFixed(digits))
const mb = (bytes) => (bytes ? `${Math.round(bytes / 1024 / 1024)}` : "-")

function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)))
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join("  ")
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n")
}

/** Every (scenario, clients) run, flattened. */
function runsOf(results) {
  return results.scenarios.flatMap((s) => s.runs.map((r) => ({ ...r, name: s.name, throughput: s.throughput, sql: s.sql })))
}

function find(results, name, connections) {
  return runsOf(results).find((r) => r.name === name && (connections === undefined || r.connections === connections))
}

function describe(results) {
  const m = results.meta
  const o = results.options
  const n = (x) => Number(x).toLocaleString("en")
  return (
    `${o.scale}: ${n(m.tickets)} tickets, ${n(m.messages)} messages, ${n(m.customers)} customers, ${n(m.orders)} orders (${m.size}); ` +
    `${o.duration} s per run after ${o.warmup} s warm-up; server heap limit ${o.heap_mb ? `${o.heap_mb} MB` : "Node default"}; ${results.machine}`
  )
}

/** One run: latency, throughput, the two yardsticks as ratios, server memory. */
function single(results) {
  const rows = runsOf(results).map((r) => {
    const orders = find(results, "medusa_orders", r.connections) ?? find(results, "medusa_orders")
    const h = r.http
    return [
      r.name,
      r.connections,
      f(h.p50),
      f(h.p95),
      f(h.p99),
      f(h.rps, 0),
      h.errors,
      f(r.sql?.ms, 2),
      f(r.sql?.p95, 2),
      r.sql?.ms ? f(h.p50 / r.sql.ms, 1) : "-",
      r.throughput || !orders ? "-" : f(h.p95 / orders.http.p95, 2),
      mb(r.rss_max),
    ]
  })
  return [
    describe(results),
    "",
    table(["scenario", "clients", "p50 ms", "p95 ms", "p99 ms", "req/s", "errors", "SQL ms", "SQL p95", "p50/SQL", "p95/orders p95", "RSS MB"], rows),
    "",
    "SQL ms: EXPLAIN ANALYZE (planning + execution) of the statements the route issues, median of 7 (40 for contact_rate*); SQL p95 over the same runs.",
    "p95/orders p95: against Medusa's GET /admin/orders page 1 with the same number of clients.",
    `Server RSS at most ${mb(results.rss_max)} MB during the run.`,
  ].join("\n")
}

/** The issue's targets, checked on `big` (and against `small` for growth). */
function targets(small, big) {
  const out = []
  const check = (label, ok, detail) => out.push(`${ok ? "MET   " : "MISSED"}  ${label}: ${detail}`)
  for (const c of big.options.connections) {
    const orders = find(big, "medusa_orders", c)
    for (const name of ["inbox_open", "inbox_mine", "inbox_unassigned", "inbox_tag", "ticket_detail"]) {
      const r = find(big, name, c)
      if (!r || !orders) continue
      check(`${name}, ${c} client(s), p95 <= orders p95 and <= 50 ms`, r.http.p95 <= orders.http.p95 && r.http.p95 <= 50, `${f(r.http.p95)} ms (orders ${f(orders.http.p95)} ms)`)
    }
    for (const name of ["search_en", "search_ko", "search_el"]) {
      const r = find(big, name, c)
      if (r) check(`${name}, ${c} client(s), p95 <= 100 ms`, r.http.p95 <= 100, `${f(r.http.p95)} ms`)
    }
    for (const name of ["contact_rate", "contact_rate_widget"]) {
      const r = find(big, name, c)
      if (r) check(`${name}, ${c} client(s), p95 <= 200 ms (SQL p95 ${f(r.sql?.p95)} ms)`, r.http.p95 <= 200 && (r.sql?.p95 ?? 0) <= 200, `${f(r.http.p95)} ms`)
    }
    const ctx = find(big, "customer_context", c)
    if (ctx) check(`customer_context, ${c} client(s), p95 <= 80 ms`, ctx.http.p95 <= 80, `${f(ctx.http.p95)} ms`)
    if (small) {
      for (const r of runsOf(big).filter((x) => x.connections === c && !x.throughput && !x.name.startsWith("medusa_"))) {
        const s = find(small, r.name, c)
        if (s) check(`${r.name}, ${c} client(s), p50 ${big.options.scale} <= 1.5 x p50 ${small.options.scale}`, r.http.p50 <= 1.5 * s.http.p50, `${f(r.http.p50)} vs ${f(s.http.p50)} ms (x${f(r.http.p50 / s.http.p50, 2)})`)
      }
    }
  }
  const create = find(big, "store_create")
  if (create) check(`store_create >= 200 tickets/s (${create.connections} clients)`, create.http.rps >= 200, `${f(create.http.rps, 0)} /s`)
  check("server RSS under load < 1 GB", big.rss_max < 2 ** 30, `${mb(big.rss_max)} MB at most`)
  return out.join("\n")
}

/** Two runs side by side: how each figure grows with the data. */
function compare(a, b) {
  const la = a.options.scale
  const lb = b.options.scale
  const rows = runsOf(b)
    .map((y) => [find(a, y.name, y.connections), y])
    .filter(([x]) => x)
    .map(([x, y]) => [
      y.name,
      y.connections,
      f(x.http.p50), f(y.http.p50), f(y.http.p50 / x.http.p50, 2),
      f(x.http.p95), f(y.http.p95),
      f(x.http.rps, 0), f(y.http.rps, 0),
      f(x.sql?.ms, 2), f(y.sql?.ms, 2),
      mb(Math.max(x.rss_max, y.rss_max)),
    ])
  return [
    `A = ${describe(a)}`,
    `B = ${describe(b)}`,
    "",
    table(
      ["scenario", "clients", `p50 ${la}`, `p50 ${lb}`, `x`, `p95 ${la}`, `p95 ${lb}`, `req/s ${la}`, `req/s ${lb}`, `SQL ${la}`, `SQL ${lb}`, "RSS MB"],
      rows
    ),
    "",
    `Targets at ${lb}:`,
    targets(a, b),
  ].join("\n")
}

module.exports = { single, compare, targets }

if (require.main === module) {
  const files = process.argv.slice(2)
  if (!files.length || files.length > 2) {
    console.error("usage: node bench/report.js <results.json> [<other results.json>]")
    process.exit(2)
  }
  const [a, b] = files.map((file) => JSON.parse(fs.readFileSync(file, "utf8")))
  console.log(b ? compare(a, b) : single(a))
}
