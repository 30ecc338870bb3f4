// `npm run bench -- --sla-job [--scale 100k]`: the SLA breach job over N open tickets in one tick.
// A fresh database (helpdesk_bench_sla_<n>), migrated with `medusa db:migrate`, seeded by SQL with
// N open tickets with running clocks, a tenth of them overdue (then, the worst case, all of them),
// and one tick of the real job (`runSlaBreachTick` through `medusa exec`, Medusa booted, the
// workflow, its events and the locking module included) is timed. Target: under 10 s for 100k.
"use strict"

const { startDatabaseServer, connect, createDatabase, withDatabase, redact } = require("./lib/database")
const { medusaEnv, mustRunMedusa } = require("./lib/medusa")

const log = (msg) => console.log(`\x1b[36m[bench]\x1b[0m ${msg}`)
const TARGET_MS = 10_000

async function runSlaJobBench({ tickets = 100_000 } = {}) {
  const pg = await startDatabaseServer()
  try {
    const dbName = `helpdesk_bench_sla_${tickets}`
    const url = withDatabase(pg.serverUrl, dbName)
    await createDatabase(pg.serverUrl, dbName, { drop: true })
    // Jobs off in the exec process: the tick below is the only one.
    const env = medusaEnv(url, { MEDUSA_WORKER_MODE: "server" })
    let t = Date.now()
    await mustRunMedusa(["db:migrate"], env, "db:migrate")
    log(`Migrated ${redact(url)} in ${((Date.now() - t) / 1000).toFixed(1)} s`)

    const results = []
    // A realistic tick (a tenth of the open tickets overdue) and the worst case (every one).
    for (const overdue of [0.1, 1]) {
      results.push(await oneTick(url, env, tickets, overdue))
    }
    return { tickets, target_ms: TARGET_MS, results, ok: results[0].ok }
  } finally {
    await pg.stop()
  }
}

async function oneTick(url, env, tickets, overdue) {
  const db = await connect(url)
  const due = Math.round(tickets * overdue)
  try {
    const t = Date.now()
    await db.query("TRUNCATE support_message, support_ticket CASCADE")
    // Open tickets with both clocks running; the first `due` of them with the response clock run out.
    await db.query(
      `INSERT INTO support_ticket (id, subject, status, priority, channel, email, tags, search_text, created_at, updated_at,
                                   sla_policy_id, sla_response_started_at, first_response_due_at, resolution_due_at)
       SELECT 'supt_benchsla' || lpad(g::text, 8, '0'), 'Where is my order ' || g, 'open', 'normal', 'web',
              'shopper' || g || '@bench.test', '{}', '', now() - interval '5 hours', now() - interval '5 hours',
              'supsla_bench', now() - interval '5 hours',
              CASE WHEN g <= $2 THEN now() - interval '1 hour' - (g % 600) * interval '1 second'
                   ELSE now() + interval '1 hour' + (g % 600) * interval '1 second' END,
              now() + interval '19 hours'
         FROM generate_series(1, $1::int) g`,
      [tickets, due]
    )
    await db.query("vacuum analyze support_ticket")
    log(`Seeded ${tickets.toLocaleString("en")} open tickets, ${due.toLocaleString("en")} overdue, in ${((Date.now() - t) / 1000).toFixed(1)} s`)
  } finally {
    await db.end()
  }

  const out = await mustRunMedusa(["exec", "./src/scripts/bench-sla-tick.ts"], env, "exec bench-sla-tick")
  const line = out.split("\n").find((l) => l.includes("SLA_TICK_RESULT "))
  if (!line) throw new Error(`The tick printed no result:\n${out.slice(-2000)}`)
  const result = JSON.parse(line.slice(line.indexOf("SLA_TICK_RESULT ") + 16))

  const check = await connect(url)
  let counts
  try {
    const { rows } = await check.query(
      `SELECT (SELECT count(*) FROM support_ticket WHERE sla_breached) AS breached,
              (SELECT count(*) FROM support_message WHERE metadata->>'event' = 'sla_breached') AS lines`
    )
    counts = { breached: Number(rows[0].breached), lines: Number(rows[0].lines) }
  } finally {
    await check.end()
  }
  const ok = result.ms < TARGET_MS && counts.breached === due && counts.lines === due
  log(
    `sla_job: one tick over ${tickets.toLocaleString("en")} open tickets, ${due.toLocaleString("en")} overdue: ${(result.ms / 1000).toFixed(2)} s ` +
      `(${result.recorded} breaches in ${result.batches} batches; ${counts.breached} flagged, ${counts.lines} system lines; target < ${TARGET_MS / 1000} s: ${ok ? "met" : "MISSED"})`
  )
  return { overdue: due, ...result, ...counts, ok }
}

module.exports = { runSlaJobBench }

if (require.main === module) {
  runSlaJobBench().catch((err) => {
    console.error(`\x1b[31m[bench] ${err.stack || err}\x1b[0m`)
    process.exit(1)
  })
}
