import fs from "fs"
import path from "path"

/**
 * The one-tag embed bundle the plugin serves (built from packages/storefront by
 * `npm run build:embed` into `.medusa/embed/`: `embed.<hash>.js` and `manifest.json`).
 */
export type EmbedBundle = { file: string; hash: string; version: string; code: Buffer; etag: string }

const PACKAGE_NAME = "medusa-plugin-helpdesk"
const EMBED_DIR = path.join(".medusa", "embed")

/**
 * The plugin's `.medusa/embed` folder. Walks up from this file to the plugin's root: from `src/`
 * when Medusa runs the sources (demo, tests), and from `.medusa/server/src/` in a host app (whose
 * copied package.json has no embed beside it, so the walk goes on to the package root).
 */
export function findEmbedDir(start = __dirname): string | null {
  if (process.env.HELPDESK_EMBED_DIR) return process.env.HELPDESK_EMBED_DIR
  let dir = start
  for (;;) {
    const candidate = path.join(dir, EMBED_DIR)
    if (fs.existsSync(path.join(candidate, "manifest.json")) && isPluginRoot(dir)) return candidate
    const parent = path.dirname(dir)
    if (parent === dir) return null
    dir = parent
  }
}

function isPluginRoot(dir: string): boolean {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")).name === PACKAGE_NAME
  } catch {
    return false
  }
}

let cached: { key: string; bundle: EmbedBundle } | null = null

/** The current bundle, re-read when the manifest changes (a rebuild while the server runs); null when not built. */
export function loadEmbedBundle(): EmbedBundle | null {
  const dir = findEmbedDir()
  if (!dir) return null
  const manifestPath = path.join(dir, "manifest.json")
  let stat: fs.Stats
  try {
    stat = fs.statSync(manifestPath)
  } catch {
    return null
  }
  const key = `${manifestPath}:${stat.mtimeMs}:${stat.size}`
  if (cached?.key === key) return cached.bundle
  const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8"))
  if (typeof manifest.file !== "string" || !/^embed\.[0-9a-f]{16}\.js$/.test(manifest.file)) return null
  const code = fs.readFileSync(path.join(dir, manifest.file))
  const bundle: EmbedBundle = {
    file: manifest.file,
    hash: manifest.hash,
    version: String(manifest.version ?? ""),
    code,
    etag: `"${manifest.hash}"`,
  }
  cached = { key, bundle }
  return bundle
}

/** `embed.js` (the moving name) or `embed.<hash>.js` (this build, cached for a year). */
export const EMBED_LATEST = "embed.js"
/** Short, so a new build reaches pages within minutes; the hashed name is the immutable one. */
export const EMBED_LATEST_CACHE = "public, max-age=300, stale-while-revalidate=86400"
export const EMBED_VERSIONED_CACHE = "public, max-age=31536000, immutable"
