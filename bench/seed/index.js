// Builds (or reuses) the database helpdesk_bench_<scale>.
//
// 1. `medusa db:migrate`, the bench admin (`medusa user`), and the demo seed (Medusa workflows:
//    regions, sales channel, publishable key, products, 4 customers with 10 real orders).
// 2. In SQL: customers, orders copied from the demo's real ones, agents, tickets and messages
//    (helpdesk.js), the helpdesk tables' indexes rebuilt after the load, VACUUM ANALYZE.
// 3. bench.meta records the scale; a later run with the same scale reuses the database and only
//    runs `medusa db:migrate` when the plugin has a migration the database has not applied (an
//    index migration is then applied to the full tables, as in a real upgrade).
"use strict"

const fs = require("fs")
const path = require("path")
const { ROOT, connect, withDatabase, databaseExists, createDatabase } = require("../lib/database")
const { medusaEnv, mustRunMedusa } = require("../lib/medusa")
const commerce = require("./commerce")
const helpdesk = require("./helpdesk")
const articles = require("./articles")
const { ensureTicketLineItems } = require("./ticket-line-items")
const { ensureTicketProducts } = require("./ticket-products")

// Bump when the seeded data changes shape: databases of another version are seeded again.
const SEED_VERSION = 2
const ADMIN = { email: "bench-admin@helpdesk.local", password: "bench-password" }
const MIGRATIONS_DIR = path.join(ROOT, "src", "modules", "helpdesk", "migrations")

function pluginMigrations() {
  return fs
    .readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^Migration\d+\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ""))
}

async function readMeta(url) {
  const db = await connect(url)
  try {
    const { rows } = await db.query(`select value from bench.meta where key = 'seed'`)
    return rows[0]?.value ?? null
  } catch {
    return null
  } finally {
    await db.end()
  }
}

async function pendingMigrations(db) {
  const { rows } = await db.query(`select name from mikro_orm_migrations`)
  const applied = new Set(rows.map((r) => r.name))
  return pluginMigrations().filter((m) => !applied.has(m))
}

async function timed(log, label, fn) {
  const t = Date.now()
  const out = await fn()
  log(`  ${label} (${((Date.now() - t) / 1000).toFixed(1)} s)`)
  return out
}

/** Returns { url, meta, seeded }: the database URL and what it holds. */
async function ensureSeeded({ serverUrl, scale, reseed, log }) {
  const dbName = `helpdesk_bench_${scale.name}`
  const url = withDatabase(serverUrl, dbName)
  if (!reseed && (await databaseExists(serverUrl, dbName))) {
    const meta = await readMeta(url)
    if (meta && meta.version === SEED_VERSION && meta.scale_tickets === scale.tickets) {
      const db = await connect(url)
      try {
        const pending = await pendingMigrations(db)
        if (pending.length) {
          log(`Database ${dbName} is seeded; applying new plugin migrations ${pending.join(", ")}...`)
          await timed(log, "medusa db:migrate", () => mustRunMedusa(["db:migrate"], medusaEnv(url), "db:migrate"))
          await timed(log, "analyze", () => db.query("analyze"))
        }
      } finally {
        await db.end()
      }
      log(`Reusing ${dbName} (seeded ${meta.seeded_at}: ${meta.tickets} tickets, ${meta.messages} messages).`)
      const kb = await connect(url)
      try {
        await articles.ensureArticles(kb, log)
        await ensureTicketLineItems(kb, log)
        await ensureTicketProducts(kb, log)
      } finally {
        await kb.end()
      }
      return { url, meta, seeded: false }
    }
    log(`Database ${dbName} exists but is not a complete seed of this scale/version: seeding it again.`)
  }

  const t0 = Date.now()
  log(`Seeding ${dbName}: ${scale.tickets} tickets, ${scale.customers} customers, ${scale.orders} orders...`)
  await createDatabase(serverUrl, dbName, { drop: true })
  const env = medusaEnv(url)
  await timed(log, "medusa db:migrate", () => mustRunMedusa(["db:migrate"], env, "db:migrate"))
  await timed(log, "medusa user (bench admin)", () =>
    mustRunMedusa(["user", "-e", ADMIN.email, "-p", ADMIN.password], env, "user")
  )
  await timed(log, "demo seed (template orders, publishable key)", () =>
    mustRunMedusa(["exec", "./src/scripts/seed-demo.ts"], env, "exec seed-demo")
  )

  const db = await connect(url)
  try {
    await db.query(`set maintenance_work_mem = '1GB'; set work_mem = '256MB'; set synchronous_commit = off`)
    await db.query(`create schema bench`)
    await db.query(`create table bench.meta (key text primary key, value jsonb)`)
    const tokens = helpdesk.searchTokens()
    const { rows: admins } = await db.query(`select id from "user" where email = $1`, [ADMIN.email])
    const heavyCustomers = Math.max(5, Math.floor(scale.customers / 100))

    await timed(log, "customers", () => commerce.seedCustomers(db, scale))
    await timed(log, "orders (copies of the demo's)", () => commerce.seedOrders(db, { ...scale, heavyCustomers }))
    await timed(log, "vocabulary", () => helpdesk.loadVocabulary(db, tokens))
    await timed(log, "agents", () => helpdesk.seedAgents(db, admins[0].id))
    await timed(log, "ticket and message plan", () => helpdesk.seedTickets(db, scale))

    // Load without the secondary indexes and the message -> ticket FK check, then rebuild.
    const { rows: indexes } = await db.query(
      `select indexname, indexdef from pg_indexes
       where schemaname = 'public' and tablename in ('support_ticket', 'support_message') and indexname not like '%_pkey'`
    )
    for (const { indexname } of indexes) await db.query(`drop index "${indexname}"`)
    let replica = false
    try {
      await db.query(`set session_replication_role = replica`)
      replica = true
    } catch {}
    await timed(log, "support_ticket", () => helpdesk.insertTickets(db))
    await timed(log, "support_message", () => helpdesk.insertMessages(db))
    await timed(log, "thread tokens into tickets", () => helpdesk.foldThreadTokens(db))
    if (replica) await db.query(`set session_replication_role = origin`)
    await timed(log, `rebuild ${indexes.length} indexes`, async () => {
      await db.query(`set max_parallel_maintenance_workers = 2`)
      for (const { indexdef } of indexes) await db.query(indexdef)
    })

    const check = await timed(log, "check search_text of tickets and messages against the plugin's tokenizer", () => helpdesk.verifySearchText(db, tokens))
    if (check.bad.length) {
      throw new Error(`search_text differs from the plugin's tokens for ${check.bad.length}/${check.checked} tickets, e.g. ${JSON.stringify(check.bad[0])}`)
    }

    await timed(log, "drop the plan tables", () =>
      db.query(`
        drop table bench.ticket0, bench.ticket, bench.message, bench.subject, bench.tpl, bench.lang,
          bench.topic, bench.product, bench.name_tokens, bench.guest_name, bench.agent, bench.order_template,
          bench.order_map, bench.customer_orders, bench.customer`)
    )
    await articles.ensureArticles(db, log)
    await ensureTicketLineItems(db, log)
    await ensureTicketProducts(db, log)
    await timed(log, "vacuum analyze", () => db.query(`vacuum analyze`))

    const { rows: counts } = await db.query(`
      select (select count(*) from support_ticket)::int as tickets, (select count(*) from support_message)::int as messages,
             (select count(*) from customer)::int as customers, (select count(*) from "order")::int as orders,
             pg_size_pretty(pg_database_size(current_database())) as size`)
    const meta = { version: SEED_VERSION, scale_tickets: scale.tickets, ...counts[0], heavy_customers: heavyCustomers, seeded_at: new Date().toISOString(), seed_seconds: Math.round((Date.now() - t0) / 1000) }
    await db.query(`insert into bench.meta values ('seed', $1)`, [JSON.stringify(meta)])
    log(`Seeded ${dbName} in ${meta.seed_seconds} s: ${meta.tickets} tickets, ${meta.messages} messages, ${meta.customers} customers, ${meta.orders} orders, ${meta.size}.`)
    return { url, meta, seeded: true }
  } finally {
    await db.end()
  }
}

module.exports = { ensureSeeded, ADMIN }
