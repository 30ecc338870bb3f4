import type { InboundMail } from "../../modules/helpdesk/domain/email/inbound"

/** One inbound mail as the receive workflow takes it (serialisable: files as base64). */
export type ReceiveInboundEmailWorkflowInput = Omit<InboundMail, "attachments" | "body_source"> & {
  /** `metadata.email` of the stored message (domain/email/inbound/metadata.ts). */
  metadata_email: Record<string, unknown>
  /** Files that passed the upload rules. */
  files: {
    storage_name: string
    filename: string
    mime_type: string
    size: number
    content_base64: string
  }[]
}

export type ReceiveInboundEmailResult = {
  action: "appended" | "created"
  ticket_id: string
  message_id: string
}
