import { RejectedAttachment } from "./screen-attachments"
import { InboundMail } from "./types"

/**
 * `metadata.email` of a stored inbound message. The outbound side reads `auto` (never answer
 * this mail) and `message_id`; `to` and `cc` are recorded, never mailed.
 */
export function emailMetadata(mail: InboundMail, rejected: readonly RejectedAttachment[] = []) {
  return {
    message_id: mail.message_id,
    in_reply_to: mail.in_reply_to,
    references: mail.references,
    from: mail.from,
    to: mail.to,
    cc: mail.cc,
    auto: mail.auto,
    auto_reason: mail.auto_reason,
    body_source: mail.body_source,
    rejected_attachments: rejected.map((r) => ({ filename: r.filename, size: r.size, reason: r.reason })),
  }
}
