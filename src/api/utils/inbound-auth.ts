import { timingSafeEqual } from "crypto"
import { secretDigestHex } from "../../modules/helpdesk/domain/email/secret-digest"

/**
 * Whether an Authorization header carries an accepted inbound secret: `Bearer <secret>` (relays,
 * pipes), or HTTP Basic with the secret as password (Postmark can only put credentials in the
 * webhook URL). `accepted` are the SHA-256 digests (hex) of the secrets that open the webhook;
 * compared as digests in constant time, so neither content nor length leaks.
 */
export function carriesInboundSecret(header: string | undefined, accepted: string[]): boolean {
  const value = (header ?? "").trim()
  let given: string | null = null
  const bearer = /^Bearer\s+(.+)$/i.exec(value)
  if (bearer) given = bearer[1].trim()
  const basic = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(value)
  if (basic) {
    const decoded = Buffer.from(basic[1], "base64").toString("utf8")
    given = decoded.slice(decoded.indexOf(":") + 1)
  }
  if (given === null) return false
  const givenDigest = Buffer.from(secretDigestHex(given), "hex")
  let ok = false
  for (const digest of accepted) ok = timingSafeEqual(givenDigest, Buffer.from(digest, "hex")) || ok
  return ok
}
