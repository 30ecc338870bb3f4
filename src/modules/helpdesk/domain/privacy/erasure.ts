import { searchTextOf } from "../search-tokens"

/** Whose data a privacy request is about: a customer account, or every ticket under an email. */
export type RequesterSelector = { customer_id: string; email?: undefined } | { email: string; customer_id?: undefined }

/** The text that replaces every erased message body. */
export const ERASED_BODY = "[Removed: the requester's personal data was erased.]"

/** A ticket's subject after erasure (its number stays, so agents can still refer to it). */
export function erasedSubject(displayId: number | string | null | undefined): string {
  return displayId ? `Erased ticket #${displayId}` : "Erased ticket"
}

/** The internal line each erased ticket keeps as its audit record. No personal data in it. */
export function erasureAuditLine(input: { at: Date; by: string | null; messages: number; attachments: number }): string {
  const who = input.by ? ` by ${input.by}` : ""
  return (
    `Personal data erased${who} on ${input.at.toISOString().slice(0, 10)}: ` +
    `${input.messages} message(s) redacted, ${input.attachments} attachment(s) deleted, requester anonymised.`
  )
}

/** The columns an erased ticket gets: no requester, no text of theirs, no way in by guest link. */
export function erasedTicketColumns(ticket: { display_id?: number | string | null }) {
  const subject = erasedSubject(ticket.display_id)
  return {
    subject,
    customer_id: null,
    email: null,
    name: null,
    identity: "unverified" as const,
    rating_comment: null,
    access_token_hash: null,
    access_token_nonce: null,
    access_token_expires_at: null,
    idempotency_fingerprint: null,
    search_text: searchTextOf(subject),
    search_overflow: false,
  }
}

/** The columns an erased message gets (its author's id and role stay; its text and metadata go). */
export const ERASED_MESSAGE_COLUMNS = {
  body: ERASED_BODY,
  search_text: "",
  search_overflow: false,
  metadata: null,
  email_message_id: null,
} as const
