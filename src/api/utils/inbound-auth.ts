import { createHash, timingSafeEqual } from "crypto"

const digest = (s: string) => createHash("sha256").update(s, "utf8").digest()

/**
 * Whether an Authorization header carries the inbound secret: `Bearer <secret>` (relays, pipes),
 * or HTTP Basic with the secret as password (Postmark can only put credentials in the webhook
 * URL). Compared as SHA-256 digests in constant time, so neither content nor length leaks.
 */
export function carriesInboundSecret(header: string | undefined, secret: string): boolean {
  const value = (header ?? "").trim()
  let given: string | null = null
  const bearer = /^Bearer\s+(.+)$/i.exec(value)
  if (bearer) given = bearer[1].trim()
  const basic = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(value)
  if (basic) {
    const decoded = Buffer.from(basic[1], "base64").toString("utf8")
    given = decoded.slice(decoded.indexOf(":") + 1)
  }
  return given !== null && timingSafeEqual(digest(given), digest(secret))
}
