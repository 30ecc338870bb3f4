import { MedusaContainer } from "@medusajs/framework/types"
import { HELPDESK_MODULE } from "../../modules/helpdesk/domain/constants"
import { RequesterSelector } from "../../modules/helpdesk/domain/privacy/erasure"
import { shownFilename } from "../../modules/helpdesk/domain/file-type"
import type HelpdeskModuleService from "../../modules/helpdesk/service"

type Resolver = Pick<MedusaContainer, "resolve">
type AnyRecord = Record<string, any>

/**
 * Who the export is for. "admin": the merchant answering a request (internal notes, their files
 * and message metadata included: it is the data the store holds); "store": the shopper's own copy
 * (what they can see on their tickets, never internal notes).
 */
export type ExportAudience = "admin" | "store"

export type ExportAttachment = {
  id: string
  filename: string
  mime_type: string
  size: number
  created_at: Date
  /** The plugin's download route for it (streams through Medusa's File module). */
  url: string
  /** Where the archive holds the file. */
  archive_path: string
  /** The File module's key: used to build the archive, never shown. */
  file_id: string
}

export type RequesterExport = {
  requester: { customer_id: string | null; email: string | null }
  generated_at: Date
  includes_internal_notes: boolean
  counts: { tickets: number; messages: number; attachments: number }
  tickets: AnyRecord[]
}

const ticketFields = (audience: ExportAudience) => [
  "id",
  "display_id",
  "subject",
  "status",
  "priority",
  "channel",
  "category",
  "tags",
  "customer_id",
  "order_id",
  "email",
  "name",
  "locale",
  "rating_score",
  "rating_comment",
  "rated_at",
  "merged_into_id",
  "created_at",
  "updated_at",
  "solved_at",
  "closed_at",
  ...(audience === "admin" ? ["identity", "assignee_id"] : []),
]

const attachmentPath = (audience: ExportAudience, ticketId: string, id: string) =>
  `/${audience}/support/tickets/${encodeURIComponent(ticketId)}/attachments/${encodeURIComponent(id)}`

// A file name safe in any unzip tool: no directories, no control characters, bounded.
const archiveName = (filename: string) =>
  (shownFilename(filename) || "attachment").replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_").slice(0, 120)

/**
 * Everything the helpdesk holds about a requester (customer_id: their account's tickets; email:
 * every ticket filed with that address), oldest ticket first, messages oldest first.
 */
export async function collectRequesterExport(
  scope: Resolver,
  selector: RequesterSelector,
  audience: ExportAudience
): Promise<RequesterExport> {
  const helpdesk = scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const ids = await helpdesk.listRequesterTicketIds(selector, { withDeleted: false })
  const tickets = ids.length
    ? await helpdesk.listSupportTickets({ id: ids }, { select: ticketFields(audience), order: { created_at: "ASC" } })
    : []
  const messages = ids.length
    ? await helpdesk.listSupportMessages(
        { ticket_id: ids, ...(audience === "store" ? { internal: false } : {}) },
        {
          select: ["id", "ticket_id", "author_type", "author_name", "body", "internal", "channel", "metadata", "created_at"],
          order: { created_at: "ASC", id: "ASC" },
        }
      )
    : []
  const attachments = messages.length
    ? await helpdesk.listSupportAttachments(
        { message_id: messages.map((m) => m.id) },
        { select: ["id", "message_id", "file_id", "filename", "mime_type", "size", "created_at"] }
      )
    : []
  const lineItems = ids.length
    ? await helpdesk.listSupportTicketLineItems(
        { ticket_id: ids },
        { select: ["ticket_id", "line_item_id", "title", "variant_title", "quantity", "thumbnail", "product_id", "variant_id"] }
      )
    : []

  const ticketOf = new Map(messages.map((m: AnyRecord) => [m.id, m.ticket_id as string]))
  const displayOf = new Map(tickets.map((t: AnyRecord) => [t.id, t.display_id]))
  const filesOf = new Map<string, ExportAttachment[]>()
  for (const a of attachments as AnyRecord[]) {
    const ticketId = ticketOf.get(a.message_id)!
    const list = filesOf.get(a.message_id) ?? []
    list.push({
      id: a.id,
      filename: shownFilename(a.filename) || "attachment",
      mime_type: a.mime_type,
      size: a.size,
      created_at: a.created_at,
      url: attachmentPath(audience, ticketId, a.id),
      archive_path: `attachments/${displayOf.get(ticketId)}/${a.id}-${archiveName(a.filename)}`,
      file_id: a.file_id,
    })
    filesOf.set(a.message_id, list)
  }
  const threadOf = new Map<string, AnyRecord[]>()
  for (const m of messages as AnyRecord[]) {
    const list = threadOf.get(m.ticket_id) ?? []
    list.push({
      id: m.id,
      author_type: m.author_type,
      author_name: m.author_name ?? null,
      body: m.body,
      channel: m.channel,
      created_at: m.created_at,
      ...(audience === "admin" ? { internal: m.internal, metadata: m.metadata ?? null } : {}),
      attachments: filesOf.get(m.id) ?? [],
    })
    threadOf.set(m.ticket_id, list)
  }
  const itemsOf = new Map<string, AnyRecord[]>()
  for (const { ticket_id, ...item } of lineItems as AnyRecord[]) {
    itemsOf.set(ticket_id, [...(itemsOf.get(ticket_id) ?? []), item])
  }

  return {
    requester: { customer_id: selector.customer_id ?? null, email: selector.email ?? null },
    generated_at: new Date(),
    includes_internal_notes: audience === "admin",
    counts: { tickets: tickets.length, messages: messages.length, attachments: attachments.length },
    tickets: (tickets as AnyRecord[]).map(({ rating_score, rating_comment, rated_at, ...t }) => ({
      ...t,
      rating: rated_at ? { score: rating_score, comment: rating_comment ?? null, created_at: rated_at } : null,
      line_items: itemsOf.get(t.id) ?? [],
      messages: threadOf.get(t.id) ?? [],
    })),
  }
}

/** The export as responses and the archive's export.json show it: without the File module's keys. */
export function presentRequesterExport(data: RequesterExport) {
  return {
    ...data,
    tickets: data.tickets.map((t) => ({
      ...t,
      messages: t.messages.map((m: AnyRecord) => ({
        ...m,
        attachments: m.attachments.map(({ file_id: _f, ...a }: ExportAttachment) => a),
      })),
    })),
  }
}
