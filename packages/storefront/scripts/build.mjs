#!/usr/bin/env node
// Builds the package: dist/*.js (ESM, one file per source so "use client" stays on the client
// components), dist/*.d.ts (tsc), dist/styles.css, and the one-tag embed dist/embed/embed.js
// (React swapped for preact/compat, minified, CSS inlined for its shadow root).
//
//   node scripts/build.mjs                 # the whole package
//   node scripts/build.mjs --embed-only --out <dir>
//       only the embed, as <dir>/embed.<hash>.js + <dir>/manifest.json (what the plugin serves)
import { createHash } from "node:crypto"
import { spawnSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { gzipSync } from "node:zlib"
import { createRequire } from "node:module"

const require = createRequire(import.meta.url)
const esbuild = require("esbuild")
const PKG = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const SRC = path.join(PKG, "src")
const DIST = path.join(PKG, "dist")
const pkg = JSON.parse(fs.readFileSync(path.join(PKG, "package.json"), "utf8"))
/** The size the embed must stay under, gzipped. */
export const EMBED_GZIP_BUDGET = 60 * 1024

function sources(dir) {
  const out = []
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      if (entry.name === "__tests__" || entry.name === "embed") continue
      out.push(...sources(p))
    } else if (/\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) out.push(p)
  }
  return out
}

export async function buildLibrary() {
  fs.rmSync(DIST, { recursive: true, force: true })
  await esbuild.build({
    entryPoints: sources(SRC),
    outdir: DIST,
    outbase: SRC,
    bundle: false,
    format: "esm",
    platform: "neutral",
    target: "es2020",
    jsx: "automatic",
    logLevel: "warning",
  })
  fs.copyFileSync(path.join(SRC, "styles.css"), path.join(DIST, "styles.css"))
  const tsc = require.resolve("typescript/bin/tsc")
  const res = spawnSync(process.execPath, [tsc, "-p", path.join(PKG, "tsconfig.json")], { stdio: "inherit" })
  if (res.status !== 0) throw new Error("tsc failed")
}

/** The embed bundle as a string (not written), with its gzipped size. */
export async function bundleEmbed() {
  const result = await esbuild.build({
    entryPoints: [path.join(SRC, "embed", "index.tsx")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: ["es2019", "chrome80", "firefox78", "safari13"],
    minify: true,
    legalComments: "none",
    jsx: "automatic",
    jsxImportSource: "preact",
    alias: {
      react: "preact/compat",
      "react-dom": "preact/compat",
      "react/jsx-runtime": "preact/jsx-runtime",
    },
    loader: { ".css": "text" },
    define: { "process.env.NODE_ENV": '"production"', __HELPDESK_EMBED_VERSION__: JSON.stringify(pkg.version) },
    logLevel: "warning",
  })
  const code = result.outputFiles[0].text
  const gzip = gzipSync(Buffer.from(code), { level: 9 }).length
  const hash = createHash("sha256").update(code).digest("hex").slice(0, 16)
  return { code, bytes: Buffer.byteLength(code), gzip, hash }
}

export async function buildEmbed({ outDir, hashed }) {
  const b = await bundleEmbed()
  fs.mkdirSync(outDir, { recursive: true })
  const file = hashed ? `embed.${b.hash}.js` : "embed.js"
  if (hashed) {
    for (const old of fs.readdirSync(outDir)) if (/^embed\.[0-9a-f]{16}\.js$/.test(old)) fs.rmSync(path.join(outDir, old))
  }
  fs.writeFileSync(path.join(outDir, file), b.code)
  if (hashed) {
    fs.writeFileSync(
      path.join(outDir, "manifest.json"),
      JSON.stringify({ file, hash: b.hash, version: pkg.version, bytes: b.bytes, gzip_bytes: b.gzip }, null, 2) + "\n"
    )
  }
  const kb = (n) => `${(n / 1024).toFixed(1)} kB`
  console.log(`[storefront] embed ${path.join(outDir, file)}: ${kb(b.bytes)} minified, ${kb(b.gzip)} gzipped (budget ${kb(EMBED_GZIP_BUDGET)})`)
  if (b.gzip > EMBED_GZIP_BUDGET) throw new Error(`the embed is ${kb(b.gzip)} gzipped, over the ${kb(EMBED_GZIP_BUDGET)} budget`)
  return { ...b, file }
}

async function main() {
  const args = process.argv.slice(2)
  const outAt = args.indexOf("--out")
  if (args.includes("--embed-only")) {
    const outDir = outAt >= 0 ? path.resolve(args[outAt + 1]) : path.join(DIST, "embed")
    await buildEmbed({ outDir, hashed: outAt >= 0 })
    return
  }
  await buildLibrary()
  await buildEmbed({ outDir: path.join(DIST, "embed"), hashed: false })
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((e) => {
    console.error(`[storefront] build failed: ${e.message}`)
    process.exit(1)
  })
}
