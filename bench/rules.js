// `npm run bench -- --rules`: what 50 enabled `ticket.created` rules add to a new ticket.
// A fresh database (helpdesk_bench_rules), migrated with `medusa db:migrate`; then, in one
// `medusa exec` of src/scripts/bench-rules.ts, 200 tickets created through createTicketWorkflow
// with no rule and 200 with 50 rules, each followed by the rule run its subscriber would start
// (runRulesForEvent, in line so it can be timed). Target: the rule run's p95 <= 5 ms.
"use strict"

const { startDatabaseServer, createDatabase, withDatabase, redact } = require("./lib/database")
const { medusaEnv, mustRunMedusa } = require("./lib/medusa")

const log = (msg) => console.log(`\x1b[36m[bench]\x1b[0m ${msg}`)
const TARGET_MS = 5

async function runRulesBench() {
  const pg = await startDatabaseServer()
  try {
    const url = withDatabase(pg.serverUrl, "helpdesk_bench_rules")
    await createDatabase(pg.serverUrl, "helpdesk_bench_rules", { drop: true })
    const env = medusaEnv(url, { MEDUSA_WORKER_MODE: "server" })
    let t = Date.now()
    await mustRunMedusa(["db:migrate"], env, "db:migrate")
    log(`Migrated ${redact(url)} in ${((Date.now() - t) / 1000).toFixed(1)} s`)
    const out = await mustRunMedusa(["exec", "./src/scripts/bench-rules.ts"], env, "exec bench-rules")
    const line = out.split("\n").find((l) => l.includes("RULES_BENCH_RESULT "))
    if (!line) throw new Error(`The bench printed no result:\n${out.slice(-2000)}`)
    const r = JSON.parse(line.slice(line.indexOf("RULES_BENCH_RESULT ") + 19))
    const ok = r.fifty.rules.p95 <= TARGET_MS
    const f = (s) => `p50 ${s.p50} ms, p95 ${s.p95} ms, max ${s.max} ms`
    log(`rules: ${r.tickets} new tickets each, ${r.rules} enabled rules`)
    log(`  ticket creation (workflow), no rules:   ${f(r.none.create)}`)
    log(`  ticket creation (workflow), ${r.rules} rules:   ${f(r.fifty.create)}`)
    log(`  rule run per ticket, no rules:          ${f(r.none.rules)}`)
    log(`  rule run per ticket, ${r.rules} rules:          ${f(r.fifty.rules)} (target p95 <= ${TARGET_MS} ms: ${ok ? "met" : "MISSED"})`)
    log(`  the pure engine over ${r.rules} rules:          ${f(r.engine)}`)
    return { ...r, target_ms: TARGET_MS, ok }
  } finally {
    await pg.stop()
  }
}

module.exports = { runRulesBench }
