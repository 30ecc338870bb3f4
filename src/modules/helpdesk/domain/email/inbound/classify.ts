import { firstHeader, HeaderMap } from "./headers"
import { AutoReason, InboundContext, MailAddress } from "./types"

const BOUNCE_SENDERS = /^(mailer-daemon|postmaster)$/i
const AUTO_PRECEDENCE = /^(bulk|junk|auto_reply)$/i

/**
 * Whether a mail must never get an automatic answer, and why (first match wins): our own
 * address (a loop through ourselves), a bounce, an auto-submitted mail (RFC 3834 and the
 * X-Autoreply family), a mailing list. Such mail is still stored.
 */
export function classifyInbound(
  headers: HeaderMap,
  from: MailAddress,
  contentType: string | null,
  ctx: InboundContext
): AutoReason | null {
  const address = from.address.toLowerCase()
  const domain = address.slice(address.lastIndexOf("@") + 1)
  if (address === ctx.from.toLowerCase() || domain === ctx.inboundDomain.toLowerCase()) return "own_address"

  const local = address.slice(0, address.lastIndexOf("@"))
  if ((contentType ?? "").trim().toLowerCase().startsWith("multipart/report") || BOUNCE_SENDERS.test(local)) {
    return "bounce"
  }

  const autoSubmitted = firstHeader(headers, "auto-submitted")
  const precedence = (firstHeader(headers, "precedence") ?? "").trim()
  if (
    (autoSubmitted !== null && autoSubmitted.split(";")[0].trim().toLowerCase() !== "no") ||
    headers.has("x-autoreply") ||
    headers.has("x-autorespond") ||
    AUTO_PRECEDENCE.test(precedence)
  ) {
    return "auto_submitted"
  }

  if (headers.has("list-id") || headers.has("list-unsubscribe") || /^list$/i.test(precedence)) return "list"
  return null
}
