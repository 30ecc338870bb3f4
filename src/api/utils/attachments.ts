import { MedusaResponse } from "@medusajs/framework/http"
import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { Readable } from "stream"
import { pipeline } from "stream/promises"
import { HELPDESK_MODULE } from "../../modules/helpdesk/domain/constants"
import { contentDisposition, servedMimeType, shownFilename } from "../../modules/helpdesk/domain/file-type"
import type HelpdeskModuleService from "../../modules/helpdesk/service"

type Resolver = Pick<MedusaContainer, "resolve">
type AnyRecord = Record<string, any>
type Side = "store" | "admin"

/** Where a ticket's attachment is read: the plugin's own route, which checks who asks. */
export function attachmentPath(side: Side, ticketId: string, attachmentId: string): string {
  return `/${side}/support/tickets/${encodeURIComponent(ticketId)}/attachments/${encodeURIComponent(attachmentId)}`
}

/**
 * An attachment as responses show it. Built from an allowlist: the File module's key and the
 * provider's URL (public on rows stored before files were private) never leave the server.
 */
export function presentAttachment(side: Side, ticketId: string | null | undefined, attachment: AnyRecord) {
  return {
    id: attachment.id,
    filename: shownFilename(attachment.filename) || "attachment",
    mime_type: attachment.mime_type,
    size: attachment.size,
    url: ticketId ? attachmentPath(side, ticketId, attachment.id) : null,
  }
}

const notFound = (id: string) =>
  new MedusaError(MedusaError.Types.NOT_FOUND, `Attachment with id: ${id} was not found`)

/**
 * The attachment, if it belongs to a message of that ticket that the caller may see: internal
 * notes only for agents, unclaimed uploads never. Anything else is the 404 of a missing id.
 * The caller has already checked that they may see the ticket itself.
 */
export async function findTicketAttachment(
  scope: Resolver,
  input: { ticket_id: string; attachment_id: string; include_internal: boolean }
) {
  const helpdesk = scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const [attachment] = await helpdesk.listSupportAttachments(
    { id: input.attachment_id },
    { take: 1, select: ["id", "file_id", "filename", "mime_type", "size", "message_id"] }
  )
  if (!attachment?.message_id) throw notFound(input.attachment_id)
  const [message] = await helpdesk.listSupportMessages(
    {
      id: attachment.message_id,
      ticket_id: input.ticket_id,
      ...(input.include_internal ? {} : { internal: false }),
    },
    { take: 1, select: ["id"] }
  )
  if (!message) throw notFound(input.attachment_id)
  return attachment
}

const isMissingFile = (err: any) =>
  err?.code === "ENOENT" ||
  err?.name === "NoSuchKey" ||
  (err instanceof MedusaError && err.type === MedusaError.Types.NOT_FOUND)

/**
 * Streams a stored file through the File module (any provider) with headers that keep the
 * browser from running it: its own sniffed type, nosniff, download unless it is a raster image,
 * a sandbox CSP in case it is opened as a page, and no shared caching.
 */
export async function sendAttachment(
  scope: Resolver,
  res: MedusaResponse,
  attachment: { id: string; file_id: string; filename: string; mime_type: string; size: number }
) {
  const files = scope.resolve(Modules.FILE)
  // Read the first chunk before answering, so a missing file is a clean 404, not a cut stream.
  let chunks: AsyncIterator<Buffer>
  let first: IteratorResult<Buffer>
  try {
    chunks = (await files.getDownloadStream(attachment.file_id))[Symbol.asyncIterator]()
    first = await chunks.next()
  } catch (err) {
    if (isMissingFile(err)) throw notFound(attachment.id)
    throw err
  }
  const type = servedMimeType(attachment.mime_type)
  res.status(200)
  res.setHeader("Content-Type", type)
  res.setHeader("Content-Length", String(attachment.size))
  res.setHeader("Content-Disposition", contentDisposition(attachment.filename, type))
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("Content-Security-Policy", "sandbox")
  res.setHeader("Cache-Control", "private, no-store")
  async function* rest() {
    if (first.done) return
    yield first.value
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value
  }
  await pipeline(Readable.from(rest()), res)
}
