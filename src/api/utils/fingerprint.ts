import { createHash } from "crypto"

/**
 * JSON with object keys sorted at every level and undefined members left out, so two bodies that
 * mean the same (keys in another order, an absent optional field) give the same text. Arrays keep
 * their order: it can matter (attachments are shown in the order given).
 */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return "null"
  if (value === null || typeof value !== "object") return JSON.stringify(value)
  if (value instanceof Date) return JSON.stringify(value.toISOString())
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? "null" : canonicalJson(v))).join(",")}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`
}

/** sha256 (hex) of a validated request body's canonical JSON. */
export function requestFingerprint(body: unknown): string {
  return createHash("sha256").update(canonicalJson(body), "utf8").digest("hex")
}
