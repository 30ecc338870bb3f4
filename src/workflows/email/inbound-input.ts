import { emailMetadata, InboundMail, screenAttachments } from "../../modules/helpdesk/domain/email/inbound"
import { storageName, UPLOAD_LIMITS } from "../../modules/helpdesk/domain/file-type"
import { ReceiveInboundEmailWorkflowInput } from "./types"

/**
 * The receive workflow's input for a mapped mail: attachments through the same type and size
 * rules as uploads (refused ones noted in `metadata.email.rejected_attachments`), with
 * server-generated storage names.
 */
export function receiveInputFor(mail: InboundMail): ReceiveInboundEmailWorkflowInput {
  const { attachments, body_source: _source, ...fields } = mail
  const { accepted, rejected } = screenAttachments(attachments, UPLOAD_LIMITS)
  return {
    ...fields,
    metadata_email: emailMetadata(mail, rejected),
    files: accepted.map((a) => ({
      storage_name: storageName(a.ext),
      filename: a.filename,
      mime_type: a.mime_type,
      size: a.size,
      content_base64: a.content.toString("base64"),
    })),
  }
}
