import { AcceptedMimeType, displayFilename, sniffFileType } from "../../file-type"
import { InboundAttachment } from "./types"

export type AcceptedAttachment = {
  filename: string
  mime_type: AcceptedMimeType
  ext: string
  size: number
  content: Buffer
  inline: boolean
}
export type RejectedAttachment = { filename: string; size: number; reason: "type" | "size" | "count" }

/**
 * The upload rules applied to a mail's attachments: type by content (PNG, JPEG, GIF, WebP, PDF),
 * at most `fileSize` bytes each and `files` in all. The rest are noted, never failing the mail.
 */
export function screenAttachments(
  attachments: readonly InboundAttachment[],
  limits: { fileSize: number; files: number }
): { accepted: AcceptedAttachment[]; rejected: RejectedAttachment[] } {
  const accepted: AcceptedAttachment[] = []
  const rejected: RejectedAttachment[] = []
  for (const a of attachments) {
    const type = sniffFileType(a.content)
    const shown = a.filename || "attachment"
    if (!type) rejected.push({ filename: shown, size: a.size, reason: "type" })
    else if (a.size > limits.fileSize) rejected.push({ filename: shown, size: a.size, reason: "size" })
    else if (accepted.length >= limits.files) rejected.push({ filename: shown, size: a.size, reason: "count" })
    else {
      accepted.push({
        filename: displayFilename(a.filename, type.ext),
        mime_type: type.mime,
        ext: type.ext,
        size: a.size,
        content: a.content,
        inline: a.inline,
      })
    }
  }
  return { accepted, rejected }
}
