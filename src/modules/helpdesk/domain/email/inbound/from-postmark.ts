import { z } from "@medusajs/framework/zod"
import { addressesIn, mailAddress } from "./addresses"
import { inboundAttachment } from "./attachments"
import { classifyInbound } from "./classify"
import { contentMessageId } from "./from-mime"
import { firstHeader, headerMap, messageIdsIn } from "./headers"
import { flattenSubject, mailBody } from "./text"
import { InboundContext, InboundMail, InboundMailError, MailAddress } from "./types"

const PostmarkAddress = z.object({ Email: z.string(), Name: z.string().nullish() }).passthrough()

/**
 * Postmark's inbound webhook JSON (https://postmarkapp.com/developer/webhooks/inbound-webhook): the
 * fields we read. Postmark has decoded charsets and encoded words already; `MessageID` is
 * Postmark's own id, the mail's Message-ID is among `Headers`.
 */
export const PostmarkInboundSchema = z
  .object({
    FromFull: PostmarkAddress.nullish(),
    From: z.string().nullish(),
    FromName: z.string().nullish(),
    ToFull: z.array(PostmarkAddress).nullish(),
    CcFull: z.array(PostmarkAddress).nullish(),
    BccFull: z.array(PostmarkAddress).nullish(),
    OriginalRecipient: z.string().nullish(),
    Subject: z.string().nullish(),
    MessageID: z.string().nullish(),
    TextBody: z.string().nullish(),
    HtmlBody: z.string().nullish(),
    Headers: z.array(z.object({ Name: z.string(), Value: z.string() }).passthrough()).nullish(),
    Attachments: z
      .array(
        z
          .object({
            Name: z.string().nullish(),
            Content: z.string(),
            ContentType: z.string().nullish(),
            ContentID: z.string().nullish(),
          })
          .passthrough()
      )
      .nullish(),
  })
  .passthrough()

export type PostmarkInbound = z.infer<typeof PostmarkInboundSchema>

const addressList = (list: z.infer<typeof PostmarkAddress>[] | null | undefined): MailAddress[] =>
  (list ?? []).map((a) => mailAddress(a.Email, a.Name)).filter((a): a is MailAddress => !!a)

export async function inboundFromPostmark(json: unknown, ctx: InboundContext): Promise<InboundMail> {
  const parsed = PostmarkInboundSchema.safeParse(json)
  if (!parsed.success) throw new InboundMailError("Not a Postmark inbound message")
  const mail = parsed.data
  const headers = headerMap((mail.Headers ?? []).map((h) => ({ name: h.Name, value: h.Value })))
  const from = mailAddress(mail.FromFull?.Email ?? mail.From, mail.FromFull?.Name ?? mail.FromName)
  if (!from) throw new InboundMailError("The mail has no usable From address")

  const auto_reason = classifyInbound(headers, from, firstHeader(headers, "content-type"), ctx)
  const { body, body_source } = await mailBody(mail.TextBody, mail.HtmlBody)
  const postmarkId = mail.MessageID ? `<${mail.MessageID}@postmark.invalid>` : null

  return {
    message_id:
      messageIdsIn(firstHeader(headers, "message-id"))[0] ?? postmarkId ?? contentMessageId(JSON.stringify(json)),
    in_reply_to: messageIdsIn(firstHeader(headers, "in-reply-to"))[0] ?? null,
    references: messageIdsIn(firstHeader(headers, "references")),
    from,
    to: addressList(mail.ToFull),
    cc: addressList(mail.CcFull),
    delivered_to: addressesIn([
      ...(mail.OriginalRecipient ? [mail.OriginalRecipient] : []),
      ...addressList(mail.BccFull).map((a) => a.address),
      ...(headers.get("delivered-to") ?? []),
      ...(headers.get("x-original-to") ?? []),
    ]),
    subject: flattenSubject(mail.Subject),
    body,
    body_source,
    attachments: (mail.Attachments ?? []).map((a) =>
      inboundAttachment({
        filename: a.Name,
        content_type: a.ContentType,
        content: Buffer.from(a.Content, "base64"),
        inline: !!a.ContentID,
      })
    ),
    auto: auto_reason !== null,
    auto_reason,
  }
}
