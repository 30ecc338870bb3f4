import { createHmac, timingSafeEqual } from "crypto"

/**
 * The link a shopper downloads their own export with: `<customer id>.<expiry, unix s>.<HMAC>`,
 * signed with the guest-token secret. 256-bit signature, short-lived, stateless: nothing stored,
 * and it opens only that customer's archive until it expires.
 */
export const EXPORT_TOKEN_TTL_SECONDS = 3600

function sign(secret: string, customerId: string, expires: number): string {
  return createHmac("sha256", secret).update(`support-privacy-export:${customerId}:${expires}`).digest("base64url")
}

export function createExportToken(secret: string, customerId: string, now: Date, ttlSeconds = EXPORT_TOKEN_TTL_SECONDS) {
  const expires = Math.floor(now.getTime() / 1000) + ttlSeconds
  const token = `${Buffer.from(customerId, "utf8").toString("base64url")}.${expires}.${sign(secret, customerId, expires)}`
  return { token, expires_at: new Date(expires * 1000) }
}

/** The customer id the token was issued for, or null when it is forged, malformed or expired. */
export function verifyExportToken(secret: string, token: string, now: Date): string | null {
  const parts = token.split(".")
  if (parts.length !== 3) return null
  const [encodedId, expiresRaw, signature] = parts
  if (!/^[0-9]{1,12}$/.test(expiresRaw)) return null
  const expires = Number(expiresRaw)
  if (expires * 1000 <= now.getTime()) return null
  const customerId = Buffer.from(encodedId, "base64url").toString("utf8")
  if (!customerId) return null
  const expected = Buffer.from(sign(secret, customerId, expires))
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given) ? customerId : null
}
