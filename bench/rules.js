// `npm run bench -- --rules`: what 50 enabled `ticket.created` rules add to a new ticket.
// A fresh database (helpdesk_bench_rules), migrated with `medusa db:migrate`; then, in one
// `medusa exec` of src/scripts/bench-rules.ts, 400 tickets created through createTicketWorkflow,
// the 50 rules switched off and on in turn, each followed by the rule run its subscriber starts
// (runRulesForEvent, in line so it can be timed). Target: the rules add <= 5 ms p95 to ticket
// creation. They run in a subscriber, after the ticket is committed and answered, so what they add
// to creation is the difference of the creation p95s; the engine's own evaluation is
// printed too, and the run's full cost (reads, and for the tickets a rule matches, the workflow
// that writes) is printed beside it: work done after the answer, not waited for.
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
    const added = +(r.fifty.create.p95 - r.none.create.p95).toFixed(2)
    const ok = added <= TARGET_MS && r.engine.p95 <= TARGET_MS
    const f = (s) => `p50 ${s.p50} ms, p95 ${s.p95} ms, max ${s.max} ms`
    log(`rules: ${r.tickets} new tickets each, ${r.rules} enabled rules`)
    log(`  ticket creation (workflow), no rules:   ${f(r.none.create)}`)
    log(`  ticket creation (workflow), ${r.rules} rules:   ${f(r.fifty.create)}`)
    log(`  rule run per ticket, no rules:          ${f(r.none.rules)}`)
    log(`  rule run per ticket, ${r.rules} rules:          ${f(r.fifty.rules)} (in the subscriber, after the answer)`)
    log(`  the pure engine over ${r.rules} rules:          ${f(r.engine)}`)
    log(`  added to ticket creation at p95: ${added} ms (target <= ${TARGET_MS} ms: ${ok ? "met" : "MISSED"})`)
    return { ...r, added_p95_ms: added, target_ms: TARGET_MS, ok }
  } finally {
    await pg.stop()
  }
}

module.exports = { runRulesBench }
