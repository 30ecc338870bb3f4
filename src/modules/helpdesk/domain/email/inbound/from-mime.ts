import { createHash } from "crypto"
import { ParsedMail, simpleParser } from "mailparser"
import { addressesIn, fromAddressObjects } from "./addresses"
import { inboundAttachment } from "./attachments"
import { classifyInbound } from "./classify"
import { firstHeader, headerMapFromLines, messageIdsIn } from "./headers"
import { flattenSubject, mailBody } from "./text"
import { InboundContext, InboundMail, InboundMailError } from "./types"

/** A stand-in Message-ID for mail without one, so a provider's retry of the same bytes is stored once. */
export function contentMessageId(content: Buffer | string): string {
  return `<sha256.${createHash("sha256").update(content).digest("hex").slice(0, 40)}@inbound.invalid>`
}

/** Parses raw MIME (charsets and encoded words decoded by mailparser). */
export async function parseMime(raw: Buffer): Promise<ParsedMail> {
  if (!raw.length) throw new InboundMailError("The mail is empty")
  try {
    return await simpleParser(raw, {
      // We turn HTML into text ourselves and keep cid: images as attachments, not data: URIs.
      skipHtmlToText: true,
      skipTextToHtml: true,
      skipTextLinks: true,
      skipImageLinks: true,
      keepCidLinks: true,
    })
  } catch (e) {
    throw new InboundMailError(`The mail cannot be parsed: ${(e as Error).message}`)
  }
}

/** A parsed MIME mail as an InboundMail; refuses mail without headers or a sender. */
export async function inboundFromParsedMail(parsed: ParsedMail, raw: Buffer, ctx: InboundContext): Promise<InboundMail> {
  const headers = headerMapFromLines(parsed.headerLines ?? [])
  if (!headers.size) throw new InboundMailError("The mail has no headers")
  const [from] = fromAddressObjects(parsed.from)
  if (!from) throw new InboundMailError("The mail has no usable From address")

  const contentType = firstHeader(headers, "content-type")
  const auto_reason = classifyInbound(headers, from, contentType, ctx)
  const { body, body_source } = await mailBody(parsed.text, parsed.html || null)
  const references = Array.isArray(parsed.references)
    ? parsed.references
    : messageIdsIn(parsed.references ?? null)

  return {
    message_id: messageIdsIn(parsed.messageId)[0] ?? contentMessageId(raw),
    in_reply_to: messageIdsIn(parsed.inReplyTo)[0] ?? null,
    references: references.flatMap((r) => messageIdsIn(r)),
    from,
    to: fromAddressObjects(parsed.to),
    cc: fromAddressObjects(parsed.cc),
    delivered_to: addressesIn([
      ...(headers.get("delivered-to") ?? []),
      ...(headers.get("x-original-to") ?? []),
      ...(headers.get("envelope-to") ?? []),
    ]),
    subject: flattenSubject(parsed.subject),
    body,
    body_source,
    attachments: (parsed.attachments ?? []).map((a) =>
      inboundAttachment({
        filename: a.filename,
        content_type: a.contentType,
        content: a.content,
        inline: a.contentDisposition === "inline" || !!a.related || !!a.cid,
      })
    ),
    auto: auto_reason !== null,
    auto_reason,
  }
}

export async function inboundFromMime(raw: Buffer, ctx: InboundContext): Promise<InboundMail> {
  return inboundFromParsedMail(await parseMime(raw), raw, ctx)
}
