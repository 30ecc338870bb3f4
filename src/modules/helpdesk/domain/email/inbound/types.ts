/** An address as read from a header: lower-cased address, display name if any. */
export type MailAddress = { address: string; name: string | null }

export type InboundAttachment = {
  /** Cleaned for display (no path, control or bidi characters); may be empty. */
  filename: string
  /** As the mail declared it; the stored type is decided again from the bytes. */
  content_type: string
  content: Buffer
  size: number
  /** An image shown in the body (cid:), kept as an attachment like any other. */
  inline: boolean
}

/** Why a mail must never be answered automatically (RFC 3834 and friends). */
export const AUTO_REASONS = ["own_address", "bounce", "auto_submitted", "list"] as const
export type AutoReason = (typeof AUTO_REASONS)[number]

/** One inbound mail, whatever it arrived as (raw MIME or a provider's JSON). */
export type InboundMail = {
  /** The Message-ID header with its angle brackets, or a stand-in derived from the content. */
  message_id: string
  in_reply_to: string | null
  /** Oldest first, as the header lists them. */
  references: string[]
  from: MailAddress
  to: MailAddress[]
  cc: MailAddress[]
  /** Where the mail was delivered (Delivered-To, X-Original-To, a provider's original recipient). */
  delivered_to: string[]
  subject: string
  /** The new text of the mail: quoted history and signature trimmed; never empty. */
  body: string
  /** How `body` was obtained. */
  body_source: "text" | "html" | "untrimmed" | "placeholder"
  attachments: InboundAttachment[]
  auto: boolean
  auto_reason: AutoReason | null
}

/** What the mapping needs to know about us. */
export type InboundContext = {
  /** Our sender address (`email.from`). */
  from: string
  /** Our inbound domain (`email.inboundDomain`). */
  inboundDomain: string
}

/** A mail we cannot read (no headers, no sender, nothing parsable): the webhook answers 400. */
export class InboundMailError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "InboundMailError"
  }
}
