import { createHash, createHmac, randomBytes, timingSafeEqual } from "crypto"

/**
 * Guest ticket access tokens: 256 bits from HMAC(secret, ticket id + random nonce). The database
 * keeps only the nonce and sha256(token), so a database leak alone reveals no token; the server can
 * re-derive the same token to answer an idempotent retry of the request that created the ticket.
 */
export function newTokenNonce(): string {
  return randomBytes(16).toString("base64url")
}

export function deriveAccessToken(secret: string, ticketId: string, nonce: string): string {
  return createHmac("sha256", secret).update(`support-ticket:${ticketId}:${nonce}`).digest("base64url")
}

export function hashAccessToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex")
}

export function accessTokenMatches(token: string, storedHash: string | null | undefined): boolean {
  if (!storedHash || !token) return false
  const given = Buffer.from(hashAccessToken(token), "hex")
  const stored = Buffer.from(storedHash, "hex")
  return given.length === stored.length && timingSafeEqual(given, stored)
}

/** Scopes a client's Idempotency-Key to the caller so two callers never share a key. */
export function idempotencyKeyFor(caller: string, key: string): string {
  return createHash("sha256").update(`${caller}\n${key}`, "utf8").digest("hex")
}
