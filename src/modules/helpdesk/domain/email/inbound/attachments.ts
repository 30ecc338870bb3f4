import { shownFilename } from "../../file-type"
import { InboundAttachment } from "./types"

export type RawAttachment = {
  filename?: string | null
  content_type?: string | null
  content: Buffer
  inline?: boolean
}

export function inboundAttachment(raw: RawAttachment): InboundAttachment {
  return {
    filename: shownFilename(raw.filename),
    content_type: (raw.content_type ?? "application/octet-stream").toLowerCase(),
    content: raw.content,
    size: raw.content.length,
    inline: !!raw.inline,
  }
}
