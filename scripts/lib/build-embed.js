// Builds the one-tag embed the plugin serves (packages/storefront -> .medusa/embed/) with esbuild,
// about a second. Used by `npm test`, `npm run demo`, `npm run build` and the package test, so the
// embed route has its bundle in a clean checkout.
"use strict"

const path = require("path")
const { spawnSync } = require("child_process")

const ROOT = path.resolve(__dirname, "..", "..")
const EMBED_DIR = path.join(ROOT, ".medusa", "embed")

function buildEmbed({ quiet = false } = {}) {
  const res = spawnSync(
    process.execPath,
    [path.join(ROOT, "packages", "storefront", "scripts", "build.mjs"), "--embed-only", "--out", EMBED_DIR],
    { cwd: ROOT, encoding: "utf8" }
  )
  if (res.status !== 0) throw new Error(`building the embed failed:\n${res.stdout}\n${res.stderr}`)
  if (!quiet) process.stdout.write(res.stdout)
  return EMBED_DIR
}

module.exports = { buildEmbed, EMBED_DIR }
