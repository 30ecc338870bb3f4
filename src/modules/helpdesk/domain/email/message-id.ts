import { createHmac, timingSafeEqual } from "crypto"

/**
 * Message-IDs of the mail the plugin sends: `<supmsg_...-<kind>.<mac>@<domain>>` for the mail about
 * one thread message (or `<supt_...-<kind>.<mac>@<domain>>` for mail about the ticket itself, such
 * as "ticket received"). The id inside lets an inbound reply's In-Reply-To / References find the
 * ticket without a lookup table; the MAC (48 bits) keeps a guessed id from passing as one of ours.
 * Threading by these headers still appends a reply only when its sender is the ticket's requester.
 */
const KIND_PATTERN = "[a-z][a-z0-9_]{0,30}"
const KIND = new RegExp(`^${KIND_PATTERN}$`)
const PARSE = new RegExp(`^<?((?:supmsg|supt)_[0-9A-Z]{26})-(${KIND_PATTERN})\\.([0-9a-f]{12})@[^<>@\\s]+>?$`)

function mac(secret: string, id: string, kind: string): string {
  return createHmac("sha256", secret).update(`support-message-id:${id}:${kind}`).digest("hex").slice(0, 12)
}

/** `id`: a message id (supmsg_) or a ticket id (supt_); `kind`: which mail, e.g. "reply", "received". */
export function outgoingMessageId(secret: string, id: string, kind: string, domain: string): string {
  if (!KIND.test(kind)) throw new Error(`Bad mail kind: ${kind}`)
  return `<${id}-${kind}.${mac(secret, id, kind)}@${domain}>`
}

export type ParsedMessageId = { id: string; kind: string }

/** The message or ticket id inside a Message-ID the plugin sent (checked), or null. */
export function parseOutgoingMessageId(secret: string, messageId: string): ParsedMessageId | null {
  const match = PARSE.exec(messageId.trim())
  if (!match) return null
  const [, id, kind, given] = match
  return timingSafeEqual(Buffer.from(mac(secret, id, kind)), Buffer.from(given)) ? { id, kind } : null
}

/** Every id of ours among In-Reply-To and References (newest first, as References ends with it). */
export function referencedIds(secret: string, headers: { inReplyTo?: string; references?: string | string[] }) {
  const refs = Array.isArray(headers.references)
    ? headers.references
    : (headers.references ?? "").split(/\s+/).filter(Boolean)
  const all = [headers.inReplyTo ?? "", ...[...refs].reverse()].map((s) => s.trim()).filter(Boolean)
  const out: ParsedMessageId[] = []
  for (const raw of all) {
    const parsed = parseOutgoingMessageId(secret, raw)
    if (parsed && !out.some((p) => p.id === parsed.id && p.kind === parsed.kind)) out.push(parsed)
  }
  return out
}
