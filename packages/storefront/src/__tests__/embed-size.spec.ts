import { spawnSync } from "child_process"
import fs from "fs"
import os from "os"
import path from "path"
import { gzipSync } from "zlib"

// The one-tag embed as built (esbuild, preact/compat): it must stay under its budget.
it("the embed bundle is under 60 kB gzipped and defines both elements", () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "mhd-embed-"))
  try {
    const res = spawnSync(process.execPath, [path.join(__dirname, "..", "..", "scripts", "build.mjs"), "--embed-only", "--out", out], {
      encoding: "utf8",
    })
    expect(res.stderr).toBe("")
    expect(res.status).toBe(0)
    const manifest = JSON.parse(fs.readFileSync(path.join(out, "manifest.json"), "utf8"))
    const code = fs.readFileSync(path.join(out, manifest.file))
    expect(manifest.file).toBe(`embed.${manifest.hash}.js`)
    expect(manifest.gzip_bytes).toBe(gzipSync(code, { level: 9 }).length)
    expect(manifest.gzip_bytes).toBeLessThan(60 * 1024)
    expect(res.stdout).toMatch(/kB gzipped \(budget 60\.0 kB\)/)
    const text = code.toString("utf8")
    expect(text).toContain("medusa-help-center")
    expect(text).toContain("medusa-help-button")
    // React itself is not in it (preact/compat stands in).
    expect(text).not.toContain("__SECRET_INTERNALS_DO_NOT_USE")
  } finally {
    fs.rmSync(out, { recursive: true, force: true })
  }
})
