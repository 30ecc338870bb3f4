import { randomBytes } from "crypto"
import { emailMetadata, InboundMail, screenAttachments } from "../../modules/helpdesk/domain/email/inbound"
import { UPLOAD_LIMITS } from "../../api/utils/receive-files"
import { ReceiveInboundEmailWorkflowInput } from "./types"

/**
 * The receive workflow's input for a mapped mail: attachments through the same type and size
 * rules as uploads (refused ones noted in `metadata.email.rejected_attachments`), with
 * server-generated storage names.
 */
export function receiveInputFor(mail: InboundMail): ReceiveInboundEmailWorkflowInput {
  const { accepted, rejected } = screenAttachments(mail.attachments, UPLOAD_LIMITS)
  return {
    message_id: mail.message_id,
    in_reply_to: mail.in_reply_to,
    references: mail.references,
    from: mail.from,
    to: mail.to,
    cc: mail.cc,
    delivered_to: mail.delivered_to,
    subject: mail.subject,
    body: mail.body,
    auto: mail.auto,
    auto_reason: mail.auto_reason,
    metadata_email: emailMetadata(mail, rejected),
    files: accepted.map((a) => ({
      storage_name: `support-${randomBytes(16).toString("hex")}.${a.ext}`,
      filename: a.filename,
      mime_type: a.mime_type,
      size: a.size,
      content_base64: a.content.toString("base64"),
    })),
  }
}
