import { accessTokenMatches, deriveAccessToken, hashAccessToken, idempotencyKeyFor, newTokenNonce } from "../access-token"

describe("guest access tokens", () => {
  it("derives 256-bit tokens that differ per ticket and nonce and are stored only as a hash", () => {
    const nonce = newTokenNonce()
    const token = deriveAccessToken("secret-secret-secret", "supt_1", nonce)
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(deriveAccessToken("secret-secret-secret", "supt_1", nonce)).toBe(token)
    expect(deriveAccessToken("secret-secret-secret", "supt_2", nonce)).not.toBe(token)
    expect(deriveAccessToken("secret-secret-secret", "supt_1", newTokenNonce())).not.toBe(token)
    const hash = hashAccessToken(token)
    expect(hash).not.toContain(token)
    expect(accessTokenMatches(token, hash)).toBe(true)
    expect(accessTokenMatches(token.slice(0, -1) + "A", hash)).toBe(token.endsWith("A"))
    expect(accessTokenMatches("", hash)).toBe(false)
    expect(accessTokenMatches(token, null)).toBe(false)
  })

  it("scopes idempotency keys to the caller", () => {
    expect(idempotencyKeyFor("customer:1", "k")).not.toBe(idempotencyKeyFor("customer:2", "k"))
    expect(idempotencyKeyFor("customer:1", "k")).toBe(idempotencyKeyFor("customer:1", "k"))
  })
})
