import type {
  AuthorType,
  IdentityLevel,
  TicketChannel,
  TicketPriority,
  TicketStatus,
} from "../../modules/helpdesk/domain/constants"

/**
 * Who is acting. Store routes pass a customer (signed in, or a guest holding the ticket's access
 * token); the workflows check that this actor may touch the ticket.
 */
export type HelpdeskActor =
  | { type: "customer"; customer_id?: string | null; access_token?: string | null; name?: string | null }
  | { type: "agent"; id: string; name?: string | null }
  | { type: "system"; name?: string | null }

export type MessageAuthor = { type: AuthorType; id?: string | null; name?: string | null }

export type CreateTicketWorkflowInput = {
  subject: string
  body: string
  author: MessageAuthor
  channel?: TicketChannel
  category?: string | null
  priority?: TicketPriority
  tags?: string[]
  order_id?: string | null
  customer_id?: string | null
  email?: string | null
  name?: string | null
  identity?: IdentityLevel
  /** Language of the ticket's mail (docs/email.md). */
  locale?: string | null
  assignee_id?: string | null
  attachment_ids?: string[]
  /** Lines of `order_id` the ticket is about; each must belong to that order (else 400). */
  line_item_ids?: string[]
  /** Already scoped to the caller (domain/access-token.ts idempotencyKeyFor). */
  idempotency_key?: string | null
  /** sha256 of the creating request's canonical body (api/utils/fingerprint.ts). */
  idempotency_fingerprint?: string | null
  /** Guests get a token to follow their ticket. */
  issue_guest_token?: boolean
  metadata?: Record<string, unknown> | null
  /** Passed to the workflow's hook for host extensions (see docs/architecture.md "Hooks"). */
  additional_data?: Record<string, unknown>
}

export type AddTicketMessageWorkflowInput = {
  ticket_id: string
  body: string
  actor: HelpdeskActor
  internal?: boolean
  channel?: TicketChannel
  canned_reply_id?: string | null
  attachment_ids?: string[]
  /** Agents may set a status with their reply (e.g. reply and mark pending). */
  status?: TicketStatus
  /** The ticket's `updated_at` as the writer saw it; a later change refuses the write (409). */
  expected_updated_at?: string | null
  /** A shopper's reply on a merged ticket goes to the surviving ticket (store routes). */
  follow_merges?: boolean
  /** Stored on the message (agents only), e.g. a callback request's number and window. */
  metadata?: Record<string, unknown> | null
  /** Tags the message adds to or takes off its ticket (e.g. callback-requested). */
  add_tags?: string[]
  remove_tags?: string[]
  /** Passed to the workflow's hook for host extensions (see docs/architecture.md "Hooks"). */
  additional_data?: Record<string, unknown>
}

export type UpdateTicketWorkflowInput = {
  id: string
  actor: HelpdeskActor
  status?: TicketStatus
  priority?: TicketPriority
  assignee_id?: string | null
  category?: string | null
  tags?: string[]
  metadata?: Record<string, unknown> | null
  /** The ticket's `updated_at` as the writer saw it; a later change refuses the write (409). */
  expected_updated_at?: string | null
  /** A shopper's reopen of a merged ticket goes to the surviving ticket (store routes). */
  follow_merges?: boolean
  /** Passed to the workflow's hook for host extensions (see docs/architecture.md "Hooks"). */
  additional_data?: Record<string, unknown>
}

export type BulkUpdateTicketsWorkflowInput = {
  ids: string[]
  actor: HelpdeskActor
  status?: TicketStatus
  priority?: TicketPriority
  assignee_id?: string | null
  /** Added to each ticket's own tags. */
  add_tags?: string[]
  /** Seconds to wait for busy tickets before failing (default 30). */
  lock_timeout_seconds?: number
}
