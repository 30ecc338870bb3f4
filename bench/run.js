#!/usr/bin/env node
// `npm run bench`: see docs/performance.md and `npm run bench -- --help`.
"use strict"

const path = require("path")
const { parseArgs } = require("./config")
const { ROOT, startDatabaseServer, redact } = require("./lib/database")
const { loadEnvFiles } = require("../scripts/lib/env-files")
const { ensureSeeded } = require("./seed")

const log = (msg) => console.log(`\x1b[36m[bench]\x1b[0m ${msg}`)

async function main() {
  const opts = parseArgs(process.argv.slice(2))
  loadEnvFiles(ROOT, [".env"])
  const db = await startDatabaseServer()
  try {
    log(`Postgres: ${db.embedded ? "embedded (.data/bench-postgres)" : redact(db.serverUrl)}`)
    const seed = await ensureSeeded({ serverUrl: db.serverUrl, scale: opts.scale, reseed: opts.reseed, log })
    if (opts.seedOnly) return
  } finally {
    await db.stop()
  }
}

main().catch((err) => {
  console.error(`\x1b[31m[bench] ${err.stack || err}\x1b[0m`)
  process.exit(1)
})
