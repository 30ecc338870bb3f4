// `npm run bench -- --canned`: the canned-reply effectiveness page over a busy desk. A fresh
// database (helpdesk_bench_canned), migrated with `medusa db:migrate`, seeded by SQL with 20,000
// tickets over the last 40 days, 10 messages each (shopper messages, agent replies of which three
// use one of 200 canned replies, status lines and reply-made status moves), a rating on every
// third ticket and 50 enabled rules sending a canned reply: about 45,000 uses in 30 days. Then the
// page's statement (through the module service, `medusa exec`) over 7 and 30 days is timed.
// Target: under 1 s for the 7-day page (about 10,000 uses).
"use strict"

const { startDatabaseServer, connect, createDatabase, withDatabase, redact } = require("./lib/database")
const { medusaEnv, mustRunMedusa } = require("./lib/medusa")

const log = (msg) => console.log(`\x1b[36m[bench]\x1b[0m ${msg}`)
const TARGET_MS = 1_000
const TICKETS = 20_000

async function runCannedEffectivenessBench() {
  const pg = await startDatabaseServer()
  try {
    const url = withDatabase(pg.serverUrl, "helpdesk_bench_canned")
    await createDatabase(pg.serverUrl, "helpdesk_bench_canned", { drop: true })
    const env = medusaEnv(url, { MEDUSA_WORKER_MODE: "server" })
    let t = Date.now()
    await mustRunMedusa(["db:migrate"], env, "db:migrate")
    log(`Migrated ${redact(url)} in ${((Date.now() - t) / 1000).toFixed(1)} s`)
    t = Date.now()
    await seed(url)
    log(`Seeded ${TICKETS.toLocaleString("en")} tickets in ${((Date.now() - t) / 1000).toFixed(1)} s`)

    const out = await mustRunMedusa(["exec", "./src/scripts/bench-canned-effectiveness.ts"], env, "exec bench-canned-effectiveness")
    const line = out.split("\n").find((l) => l.includes("CANNED_EFFECTIVENESS_RESULT "))
    if (!line) throw new Error(`The bench printed no result:\n${out.slice(-2000)}`)
    const r = JSON.parse(line.slice(line.indexOf("CANNED_EFFECTIVENESS_RESULT ") + 28))
    const median = (ms) => ms[Math.floor(ms.length / 2)]
    for (const [period, v] of Object.entries(r)) {
      log(`canned effectiveness, ${period}: ${v.uses.toLocaleString("en")} uses, median ${median(v.ms)} ms, max ${v.ms[v.ms.length - 1]} ms`)
    }
    const ok = median(r["7d"].ms) < TARGET_MS
    log(`  7-day page under ${TARGET_MS} ms: ${ok ? "met" : "MISSED"}`)
    return { ...r, target_ms: TARGET_MS, ok }
  } finally {
    await pg.stop()
  }
}

async function seed(url) {
  const db = await connect(url)
  try {
    await db.query(
      `INSERT INTO support_canned_reply (id, title, body) SELECT 'supcr_bench' || g, 'Reply ' || g, 'Text ' || g FROM generate_series(1, 200) g`
    )
    await db.query(
      `INSERT INTO support_ticket (id, subject, status, priority, channel, email, tags, search_text, created_at, updated_at)
       SELECT 'supt_benchcr' || g, 'Question ' || g, 'open', 'normal', 'web', 'shopper' || g || '@bench.test', '{}', '',
              now() - interval '40 days' + (g % 40) * interval '1 day', now()
         FROM generate_series(1, $1::int) g`,
      [TICKETS]
    )
    // Per ticket, ten minutes apart: 0, 2, 6 the shopper (6 reopening the solve of 4); 1, 3, 7 an
    // agent with a canned reply (3 with "reply and solve"); 4 and 8 status lines to solved; 5 a
    // plain reply; 9 an internal note.
    await db.query(
      `INSERT INTO support_message (id, ticket_id, author_type, body, internal, canned_reply_id, metadata, created_at)
       SELECT 'supmsg_benchcr' || t || '_' || k, 'supt_benchcr' || t,
              CASE WHEN k IN (0, 2, 6) THEN 'customer' WHEN k IN (4, 8) THEN 'system' ELSE 'agent' END,
              'Message ' || k, k = 9,
              CASE WHEN k IN (1, 3, 7) THEN 'supcr_bench' || (1 + (t * 7 + k) % 200) END,
              CASE WHEN k IN (4, 8) THEN '{"event": "status_changed", "from": "open", "to": "solved"}'::jsonb
                   WHEN k = 3 THEN '{"status_change": {"from": "open", "to": "solved"}}'::jsonb
                   WHEN k = 6 THEN '{"status_change": {"from": "solved", "to": "open"}}'::jsonb END,
              now() - interval '40 days' + (t % 40) * interval '1 day' + k * interval '10 minutes'
         FROM generate_series(1, $1::int) t, generate_series(0, 9) k`,
      [TICKETS]
    )
    await db.query(
      `INSERT INTO support_survey_response (id, ticket_id, source, scale, answer, score, positive, created_at)
       SELECT 'supsr_benchcr' || t, 'supt_benchcr' || t, 'rating', 'five_point', (1 + t % 5)::text, 1 + t % 5, t % 5 >= 3,
              now() - interval '40 days' + (t % 40) * interval '1 day' + interval '3 hours'
         FROM generate_series(1, $1::int, 3) t`,
      [TICKETS]
    )
    await db.query(
      `INSERT INTO support_rule (id, name, trigger, conditions, actions, position)
       SELECT 'suprule_benchcr' || g, 'Rule ' || g, 'ticket.created', '{}'::jsonb,
              jsonb_build_array(jsonb_build_object('type', 'send_canned_reply', 'value', 'supcr_bench' || g)), g
         FROM generate_series(1, 50) g`
    )
    await db.query("vacuum analyze support_message")
    await db.query("vacuum analyze support_ticket")
  } finally {
    await db.end()
  }
}

module.exports = { runCannedEffectivenessBench }
