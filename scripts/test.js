#!/usr/bin/env node
// `npm test [-- [unit|modules|http] [jest args...]]`
//
// Runs the jest suite against the Postgres configured in the environment (DATABASE_URL, or
// DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD, also read from .env.test and .env), or, when none is
// configured, against an embedded Postgres started in a temporary directory on a free port and
// deleted afterwards. Medusa's test runners create their own databases on that server, so the
// user needs CREATEDB.
//
//   npm test                      # the whole suite
//   npm test -- http              # one jest project: unit | modules | http
//   npm test -- modules -t "merge" # plus any jest arguments
"use strict"

const fs = require("fs")
const os = require("os")
const path = require("path")
const { spawn } = require("child_process")
const { databaseUrlFromEnv } = require("./lib/database-url")
const { loadEnvFiles } = require("./lib/env-files")

const ROOT = path.resolve(__dirname, "..")
const PROJECTS = ["unit", "modules", "http", "storefront"]

// Medusa's test runners read DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD (not DATABASE_URL). A DB_HOST
// that does not contain "localhost" makes them connect with SSL, which a local server rejects
// after a long wait, so 127.0.0.1 and ::1 become "localhost".
function exportDbVarsFromUrl(env, url) {
  let u
  try {
    u = new URL(url)
  } catch {
    throw new Error(`DATABASE_URL is not a valid URL: ${url}`)
  }
  let host = u.hostname.replace(/^\[|\]$/g, "")
  if (host === "127.0.0.1" || host === "::1") host = "localhost"
  env.DB_HOST = host
  env.DB_PORT = u.port || "5432"
  env.DB_USERNAME = decodeURIComponent(u.username) || "postgres"
  env.DB_PASSWORD = decodeURIComponent(u.password)
}

function secs(ms) {
  return `${(ms / 1000).toFixed(1)} s`
}

async function main() {
  const t0 = Date.now()
  const args = process.argv.slice(2)
  const project = args[0] && PROJECTS.includes(args[0]) ? args.shift() : null
  const jestArgs = args

  // The embed route's HTTP test and the storefront package's tests need the bundle.
  require("./lib/build-embed").buildEmbed()

  loadEnvFiles(ROOT, [".env.test", ".env"])
  // Medusa logs every migration at "info"; tests only need errors.
  const env = { LOG_LEVEL: "error", ...process.env, NODE_ENV: process.env.NODE_ENV || "test" }
  let pg
  const configured = databaseUrlFromEnv(env)
  if (configured) {
    if (!env.DB_HOST) exportDbVarsFromUrl(env, configured)
    env.DB_USERNAME = env.DB_USERNAME || "postgres"
    env.DB_PORT = env.DB_PORT || "5432"
    if (!/localhost/.test(env.DB_HOST)) {
      console.warn(
        `[test] DB_HOST=${env.DB_HOST} does not contain "localhost": Medusa's test runner will connect with SSL.`
      )
    }
    console.log(`[test] using the configured Postgres at ${env.DB_HOST}:${env.DB_PORT} (user ${env.DB_USERNAME})`)
  } else {
    const { startEmbeddedPostgres } = require("./lib/embedded-postgres")
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "helpdesk-test-pg-"))
    pg = await startEmbeddedPostgres({ dataDir, persistent: false, handleSignals: false })
    Object.assign(env, {
      DB_HOST: "localhost",
      DB_PORT: String(pg.port),
      DB_USERNAME: pg.user,
      DB_PASSWORD: pg.password,
    })
    delete env.DB_NAME
    console.log(
      `[test] no database configured: embedded Postgres on localhost:${pg.port} ` +
        `(init ${secs(pg.timings.initMs || 0)}, start ${secs(pg.timings.startMs)}), data in ${dataDir}`
    )
  }

  const jest = path.join(ROOT, "node_modules", "jest", "bin", "jest.js")
  env.HELPDESK_SUMMARY_FILE = path.join(os.tmpdir(), `helpdesk-test-summary-${process.pid}.txt`)
  const child = spawn(
    process.execPath,
    [
      "--experimental-vm-modules",
      // Each HTTP spec boots Medusa in its worker; a worker over the idle limit is replaced after a
      // spec (--workerIdleMemoryLimit), and the heap leaves room for the largest spec.
      "--max-old-space-size=4096",
      jest,
      // The caller's arguments first: --reporters and --selectProjects take every word after
      // them as values, so a test path given after them would not filter.
      ...jestArgs,
      // Medusa's test runners name each worker's databases after JEST_WORKER_ID, so specs run in
      // parallel safely; HELPDESK_TEST_WORKERS=1 runs them one by one.
      `--maxWorkers=${env.HELPDESK_TEST_WORKERS || 2}`,
      "--workerIdleMemoryLimit=1500MB",
      "--forceExit",
      "--reporters=default",
      `--reporters=${path.join(__dirname, "lib", "summary-reporter.js")}`,
      ...(project ? ["--selectProjects", project] : []),
    ],
    { cwd: ROOT, env, stdio: "inherit" }
  )

  // Ctrl+C reaches jest directly (same process group); a signal sent to this process alone is
  // passed on. Either way we wait for jest to exit, then stop Postgres.
  const forward = (signal) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal)
  }
  for (const s of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(s, forward)

  const code = await new Promise((resolve) => {
    child.on("error", (err) => {
      console.error(`[test] could not start jest: ${err.message}`)
      resolve(1)
    })
    child.on("exit", (c, signal) => resolve(c ?? 128 + (os.constants.signals[signal] || 1)))
  })
  if (pg) await pg.stop()
  console.log(`[test] jest exited with code ${code} after ${secs(Date.now() - t0)}`)
  if (fs.existsSync(env.HELPDESK_SUMMARY_FILE)) {
    process.stdout.write(fs.readFileSync(env.HELPDESK_SUMMARY_FILE, "utf8"))
    fs.rmSync(env.HELPDESK_SUMMARY_FILE, { force: true })
  }
  process.exit(code)
}

main().catch((err) => {
  console.error(`[test] ${err.stack || err}`)
  process.exit(1)
})
