// Which Postgres the bench uses, and small helpers around `pg`.
//
// DATABASE_URL or DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD (as for `npm run demo`), else the
// project's embedded Postgres with its data in .data/bench-postgres, kept between runs so a seeded
// database is reused. The database itself is always helpdesk_bench_<scale>.
"use strict"

const path = require("path")
const { databaseUrlFromEnv, withDatabase, redact } = require("../../scripts/lib/database-url")

const ROOT = path.resolve(__dirname, "..", "..")
const EMBEDDED_DATA_DIR = path.join(ROOT, ".data", "bench-postgres")

function pg() {
  return require(require.resolve("pg", { paths: [ROOT] }))
}

/** Starts (or finds) the server; returns { serverUrl, stop, embedded }. */
async function startDatabaseServer(env = process.env) {
  const configured = databaseUrlFromEnv(env)
  if (configured) return { serverUrl: configured, stop: async () => {}, embedded: false }
  const { startEmbeddedPostgres } = require("../../scripts/lib/embedded-postgres")
  const server = await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, persistent: true, handleSignals: false })
  return { serverUrl: server.url("postgres"), stop: () => server.stop(), embedded: true }
}

async function connect(url) {
  const client = new (pg().Client)({ connectionString: url })
  client.on("error", () => {})
  await client.connect()
  return client
}

async function databaseExists(serverUrl, dbName) {
  const admin = await connect(withDatabase(serverUrl, "postgres"))
  try {
    const { rowCount } = await admin.query("select 1 from pg_database where datname = $1", [dbName])
    return rowCount > 0
  } finally {
    await admin.end()
  }
}

async function createDatabase(serverUrl, dbName, { drop = false } = {}) {
  const admin = await connect(withDatabase(serverUrl, "postgres"))
  const quoted = `"${dbName.replace(/"/g, '""')}"`
  try {
    if (drop) await admin.query(`drop database if exists ${quoted} with (force)`)
    await admin.query(`create database ${quoted} template template0 encoding 'UTF8'`)
  } finally {
    await admin.end()
  }
}

module.exports = { ROOT, withDatabase, redact, startDatabaseServer, connect, databaseExists, createDatabase }
