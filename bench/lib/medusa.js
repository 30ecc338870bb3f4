// Running the Medusa CLI of this project: one-off commands (db:migrate, user, exec) and the
// production server the bench measures.
"use strict"

const fs = require("fs")
const net = require("net")
const path = require("path")
const { spawn } = require("child_process")
const { ROOT } = require("./database")

const CLI = path.join(ROOT, "node_modules", "@medusajs", "cli", "cli.js")

function medusaEnv(databaseUrl, extra = {}) {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    MEDUSA_DISABLE_TELEMETRY: "true",
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL || "error",
    ...extra,
  }
}

/** Runs `medusa <args>`; resolves with { code, output }. */
function runMedusa(args, env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] })
    let output = ""
    child.stdout.on("data", (d) => (output += d))
    child.stderr.on("data", (d) => (output += d))
    child.on("error", (err) => resolve({ code: 1, output: output + err.message }))
    child.on("exit", (code) => resolve({ code: code ?? 1, output }))
  })
}

async function mustRunMedusa(args, env, label = args.join(" ")) {
  const res = await runMedusa(args, env)
  if (res.code !== 0) throw new Error(`medusa ${label} failed (exit code ${res.code}):\n${res.output.slice(-4000)}`)
  return res.output
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen({ port: 0, host: "127.0.0.1" }, () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/**
 * `medusa start` in production mode (NODE_ENV=production, HELPDESK_BENCH=1: see medusa-config.ts),
 * one process, served from this source tree (the CLI transpiles TypeScript with swc when it loads
 * it; what runs is the same code a build produces). Resolves once /health answers.
 */
async function startServer(databaseUrl, { logFile, extraEnv = {}, nodeArgs = [] } = {}) {
  const port = await freePort()
  const out = fs.openSync(logFile, "w")
  const env = medusaEnv(databaseUrl, {
    NODE_ENV: "production",
    HELPDESK_BENCH: "1",
    // The inbound webhook's secret (bench/scenarios.js email_inbound).
    HELPDESK_INBOUND_SECRET: process.env.HELPDESK_INBOUND_SECRET || "bench-inbound-secret-0123456789",
    PORT: String(port),
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL || "warn",
    ...extraEnv,
  })
  const child = spawn(process.execPath, [...nodeArgs, CLI, "start"], { cwd: ROOT, env, stdio: ["ignore", out, out] })
  fs.closeSync(out)
  let exited = null
  child.once("exit", (code, signal) => (exited = { code, signal }))
  const base = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 180_000
  while (Date.now() < deadline) {
    if (exited) {
      const log = fs.readFileSync(logFile, "utf8").slice(-4000)
      throw new Error(`medusa start exited (code ${exited.code}) before it was ready. Log ${logFile}:\n${log}`)
    }
    try {
      const res = await fetch(`${base}/health`)
      if (res.ok) break
    } catch {}
    await new Promise((r) => setTimeout(r, 250))
  }
  if (Date.now() >= deadline) throw new Error(`medusa start did not answer /health within 3 minutes (log: ${logFile})`)
  return {
    base,
    pid: child.pid,
    stop: () =>
      new Promise((resolve) => {
        if (exited) return resolve()
        const timer = setTimeout(() => child.kill("SIGKILL"), 15_000)
        child.once("exit", () => {
          clearTimeout(timer)
          resolve()
        })
        child.kill("SIGTERM")
      }),
  }
}

/** Resident set size of a process in bytes (Linux /proc; 0 elsewhere). */
function rssBytes(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8")
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
    return kb * 1024
  } catch {
    return 0
  }
}

module.exports = { medusaEnv, runMedusa, mustRunMedusa, startServer, rssBytes }
