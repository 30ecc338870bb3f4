import { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { ERASED_BODY, erasedTicketColumns, RequesterSelector } from "./domain/privacy/erasure"

// The SQL behind the privacy requests (service.ts exposes it): every value bound, lists as
// generated placeholders.

const list = (values: readonly unknown[]) => values.map(() => "?").join(", ")

/** The requester's tickets: by account, or by email (any ticket filed with it, case-insensitive). */
export async function requesterTicketIds(
  manager: EntityManager,
  selector: RequesterSelector,
  { withDeleted }: { withDeleted: boolean }
): Promise<string[]> {
  const deleted = withDeleted ? "" : " AND deleted_at IS NULL"
  const rows = selector.customer_id
    ? await manager.execute<{ id: string }[]>(
        `SELECT id FROM support_ticket WHERE customer_id = ?${deleted} ORDER BY created_at, id`,
        [selector.customer_id]
      )
    : await manager.execute<{ id: string }[]>(
        `SELECT id FROM support_ticket WHERE lower(email) = lower(?)${deleted} ORDER BY created_at, id`,
        [selector.email]
      )
  return rows.map((r) => r.id)
}

const TICKET_COLUMNS = [
  "subject",
  "customer_id",
  "email",
  "name",
  "identity",
  "rating_comment",
  "access_token_hash",
  "access_token_nonce",
  "access_token_expires_at",
  "idempotency_fingerprint",
  "search_text",
  "search_overflow",
  "version",
] as const
const MESSAGE_COLUMNS = ["body", "author_id", "author_name", "metadata", "search_text", "search_overflow", "email_message_id"] as const
const ATTACHMENT_COLUMNS = ["filename", "url", "uploaded_by", "deleted_at"] as const
const DELIVERY_COLUMNS = ["recipient", "payload", "last_error", "status"] as const

/** What the rows held before an erasure: its compensation writes it back. */
export type ErasureSnapshot = {
  tickets: Record<string, unknown>[]
  messages: Record<string, unknown>[]
  attachments: Record<string, unknown>[]
  deliveries: Record<string, unknown>[]
  /** Survey answers' comments (what the shopper wrote in the satisfaction survey). */
  surveys?: Record<string, unknown>[]
}

export type ErasureResult = {
  snapshot: ErasureSnapshot
  counts: { tickets: number; messages: number; attachments: number }
  /** Messages and attachments erased per ticket (for each ticket's audit line). */
  per_ticket: Record<string, { messages: number; attachments: number }>
  /** Stored files of attachments that were live until now: the workflow deletes them last. */
  file_ids: string[]
}

/**
 * Erases the requester's personal data from these tickets (soft-deleted ones too): subjects and
 * every message body replaced, search tokens cleared, the requester's email, name, account and
 * guest link removed, message metadata (callback numbers, mail headers) dropped, attachment rows
 * deleted with their filenames overwritten, survey comments cleared, mail deliveries' recipients and payloads cleared
 * (unsent ones suppressed). With `uploader` also their uploads not yet attached to a message.
 * Run inside one transaction.
 */
export async function eraseTickets(
  manager: EntityManager,
  ticketIds: string[],
  uploader: string | null
): Promise<ErasureResult> {
  const empty: ErasureResult = {
    snapshot: { tickets: [], messages: [], attachments: [], deliveries: [], surveys: [] },
    counts: { tickets: 0, messages: 0, attachments: 0 },
    per_ticket: {},
    file_ids: [],
  }
  if (!ticketIds.length && !uploader) return empty
  const ids = ticketIds.length ? ticketIds : [""] // no ticket: only the unattached uploads
  const inTickets = `(${list(ids)})`

  const tickets = await manager.execute<Record<string, any>[]>(
    `SELECT id, display_id, ${TICKET_COLUMNS.join(", ")} FROM support_ticket WHERE id IN ${inTickets} FOR UPDATE`,
    ids
  )
  const messages = await manager.execute<Record<string, any>[]>(
    `SELECT id, ticket_id, ${MESSAGE_COLUMNS.join(", ")} FROM support_message WHERE ticket_id IN ${inTickets} FOR UPDATE`,
    ids
  )
  const attachmentWhere = `message_id IN (SELECT id FROM support_message WHERE ticket_id IN ${inTickets})${
    uploader ? " OR (message_id IS NULL AND uploaded_by = ?)" : ""
  }`
  const attachmentParams = uploader ? [...ids, uploader] : ids
  const attachments = await manager.execute<Record<string, any>[]>(
    `SELECT a.id, a.file_id, m.ticket_id, ${ATTACHMENT_COLUMNS.map((c) => `a.${c}`).join(", ")}
       FROM support_attachment a LEFT JOIN support_message m ON m.id = a.message_id
      WHERE a.id IN (SELECT id FROM support_attachment WHERE ${attachmentWhere}) FOR UPDATE OF a`,
    attachmentParams
  )
  const deliveries = await manager.execute<Record<string, any>[]>(
    `SELECT id, ${DELIVERY_COLUMNS.join(", ")} FROM support_email_delivery WHERE ticket_id IN ${inTickets} FOR UPDATE`,
    ids
  )

  const surveys = await manager.execute<Record<string, any>[]>(
    `SELECT id, comment FROM support_survey_response WHERE ticket_id IN ${inTickets} AND comment IS NOT NULL FOR UPDATE`,
    ids
  )
  if (surveys.length) {
    await manager.execute(`UPDATE support_survey_response SET comment = NULL, updated_at = now() WHERE ticket_id IN ${inTickets}`, ids)
  }

  if (tickets.length) {
    const erased = tickets.map((t) => ({ id: t.id, ...erasedTicketColumns(t) }))
    await manager.execute(
      `UPDATE support_ticket t SET subject = r.subject, customer_id = NULL, email = NULL, name = NULL,
         identity = 'unverified', rating_comment = NULL, access_token_hash = NULL, access_token_nonce = NULL,
         access_token_expires_at = NULL, idempotency_fingerprint = NULL, search_text = r.search_text,
         search_overflow = false, version = t.version + 1, updated_at = now()
       FROM jsonb_to_recordset(?::jsonb) AS r(id text, subject text, search_text text)
       WHERE t.id = r.id`,
      [JSON.stringify(erased)]
    )
  }
  if (messages.length) {
    await manager.execute(
      `UPDATE support_message SET body = ?, search_text = '', search_overflow = false, metadata = NULL,
         email_message_id = NULL,
         author_id = CASE WHEN author_type = 'customer' THEN NULL ELSE author_id END,
         author_name = CASE WHEN author_type = 'customer' THEN NULL ELSE author_name END,
         updated_at = now()
       WHERE ticket_id IN ${inTickets}`,
      [ERASED_BODY, ...ids]
    )
  }
  if (attachments.length) {
    await manager.execute(
      `UPDATE support_attachment SET filename = 'erased', url = NULL, uploaded_by = 'erased', deleted_at = COALESCE(deleted_at, now()), updated_at = now()
       WHERE ${attachmentWhere}`,
      attachmentParams
    )
  }
  if (deliveries.length) {
    await manager.execute(
      `UPDATE support_email_delivery SET recipient = 'erased', payload = NULL, last_error = NULL,
         status = CASE WHEN status IN ('pending', 'failed') THEN 'suppressed' ELSE status END, updated_at = now()
       WHERE ticket_id IN ${inTickets}`,
      ids
    )
  }

  const per_ticket: ErasureResult["per_ticket"] = Object.fromEntries(tickets.map((t) => [t.id, { messages: 0, attachments: 0 }]))
  for (const m of messages) if (per_ticket[m.ticket_id]) per_ticket[m.ticket_id].messages++
  for (const a of attachments) if (a.ticket_id && per_ticket[a.ticket_id]) per_ticket[a.ticket_id].attachments++

  return {
    snapshot: {
      tickets: tickets.map(({ display_id: _d, ...t }) => t),
      messages: messages.map(({ ticket_id: _t, ...m }) => m),
      attachments: attachments.map(({ file_id: _f, ticket_id: _t, ...a }) => a),
      deliveries,
      surveys,
    },
    counts: { tickets: tickets.length, messages: messages.length, attachments: attachments.length },
    per_ticket,
    file_ids: attachments.filter((a) => !a.deleted_at).map((a) => a.file_id),
  }
}

/** Writes an erasure's snapshot back (its compensation). */
export async function restoreErasedTickets(manager: EntityManager, snapshot: ErasureSnapshot): Promise<void> {
  const restore = async (table: string, columns: readonly string[], types: Record<string, string>, rows: Record<string, unknown>[]) => {
    if (!rows.length) return
    const set = columns.map((c) => `"${c}" = r."${c}"`).join(", ")
    const shape = ["id text", ...columns.map((c) => `"${c}" ${types[c] ?? "text"}`)].join(", ")
    await manager.execute(
      `UPDATE ${table} x SET ${set} FROM jsonb_to_recordset(?::jsonb) AS r(${shape}) WHERE x.id = r.id`,
      [JSON.stringify(rows)]
    )
  }
  await restore("support_ticket", TICKET_COLUMNS, {
    access_token_expires_at: "timestamptz",
    search_overflow: "boolean",
    version: "integer",
  }, snapshot.tickets)
  await restore("support_message", MESSAGE_COLUMNS, { metadata: "jsonb", search_overflow: "boolean" }, snapshot.messages)
  await restore("support_attachment", ATTACHMENT_COLUMNS, { deleted_at: "timestamptz" }, snapshot.attachments)
  await restore("support_email_delivery", DELIVERY_COLUMNS, { payload: "jsonb" }, snapshot.deliveries)
  await restore("support_survey_response", ["comment"], {}, snapshot.surveys ?? [])
}
