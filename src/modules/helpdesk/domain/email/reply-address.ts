import { createHmac, timingSafeEqual } from "crypto"

/**
 * Reply addresses: `<local>+<token>@<inbound domain>`, where the token names a ticket and proves the
 * plugin wrote it. Token = the ticket id's ULID (26 characters, lower case) + the first 80 bits of
 * HMAC-SHA256(secret, ticket id) in base32 (16 characters): always 42 characters of [0-9a-z], so it
 * survives mail systems that change the case of a local part, and a forged token costs 2^80 tries.
 */
const TICKET_PREFIX = "supt_"
const ULID_LENGTH = 26
const MAC_LENGTH = 16
export const REPLY_TOKEN_LENGTH = ULID_LENGTH + MAC_LENGTH

const BASE32 = "0123456789abcdefghjkmnpqrstvwxyz" // Crockford's alphabet, as ULIDs use

function base32(bytes: Buffer, length: number): string {
  let bits = 0
  let value = 0
  let out = ""
  for (const byte of bytes) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5 && out.length < length) {
      out += BASE32[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
    value &= (1 << bits) - 1
  }
  return out
}

function mac(secret: string, ticketId: string): string {
  return base32(createHmac("sha256", secret).update(`support-reply:${ticketId}`).digest(), MAC_LENGTH)
}

export function replyToken(secret: string, ticketId: string): string {
  if (!ticketId.startsWith(TICKET_PREFIX) || ticketId.length !== TICKET_PREFIX.length + ULID_LENGTH) {
    throw new Error(`Not a ticket id: ${ticketId}`)
  }
  const ulid = ticketId.slice(TICKET_PREFIX.length).toLowerCase()
  return ulid + mac(secret, ticketId)
}

/** The ticket id a token names, or null when the token is malformed or not signed by `secret`. */
export function ticketIdFromReplyToken(secret: string, token: string): string | null {
  const lower = token.toLowerCase()
  if (lower.length !== REPLY_TOKEN_LENGTH || !/^[0-9a-z]+$/.test(lower)) return null
  const ticketId = TICKET_PREFIX + lower.slice(0, ULID_LENGTH).toUpperCase()
  const expected = Buffer.from(mac(secret, ticketId))
  const given = Buffer.from(lower.slice(ULID_LENGTH))
  return expected.length === given.length && timingSafeEqual(expected, given) ? ticketId : null
}

export function replyAddress(
  secret: string,
  ticketId: string,
  address: { localPart: string; domain: string }
): string {
  return `${address.localPart}+${replyToken(secret, ticketId)}@${address.domain}`
}

/**
 * The ticket named by any of `addresses` (the To, Cc and Delivered-To of an inbound mail) that is a
 * reply address of ours (`<localPart>+<token>@<domain>`, compared without case), or null.
 */
export function ticketIdFromAddresses(
  secret: string,
  addresses: readonly string[],
  address: { localPart: string; domain: string }
): string | null {
  const local = address.localPart.toLowerCase()
  const domain = address.domain.toLowerCase()
  for (const raw of addresses) {
    const at = raw.lastIndexOf("@")
    if (at < 0 || raw.slice(at + 1).trim().toLowerCase() !== domain) continue
    const [base, token] = raw.slice(0, at).trim().toLowerCase().split("+", 2)
    if (base !== local || !token) continue
    const id = ticketIdFromReplyToken(secret, token)
    if (id) return id
  }
  return null
}
