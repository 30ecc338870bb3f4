// The ticket fields of the admin API, in one place: the server's query config allows and
// defaults to these, and the admin UI asks for its inbox columns from the same lists. Plain data
// with no imports, so the admin bundle can import it.

// Fields an agent may ask for with ?fields=. Secrets (guest token hash/nonce, idempotency key)
// and the search columns are never listed, so Query never returns them.
export const ADMIN_TICKET_FIELDS = [
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
  "identity",
  "locale",
  "assignee_id",
  "delegated_from_id",
  "first_response_at",
  "solved_at",
  "closed_at",
  "last_message_at",
  "last_customer_message_at",
  "merged_into_id",
  "rating_score",
  "rating_comment",
  "rated_at",
  "metadata",
  "created_at",
  "updated_at",
  // SLA (docs/automation.md): agents only, never in store responses.
  "sla_policy_id",
  "first_response_due_at",
  "resolution_due_at",
  "sla_breached",
  "sla_breached_at",
  "sla_paused_at",
  // Priority for rare writers (docs/automation.md): the inbox's score and its parts.
  "priority_score",
  "priority_explanation",
  "priority_scored_at",
] as const

export const ADMIN_MESSAGE_FIELDS = [
  "messages.id",
  "messages.author_type",
  "messages.author_id",
  "messages.author_name",
  "messages.body",
  "messages.internal",
  "messages.channel",
  "messages.canned_reply_id",
  "messages.metadata",
  "messages.created_at",
  "messages.attachments.id",
  "messages.attachments.filename",
  "messages.attachments.mime_type",
  "messages.attachments.size",
] as const

/** The order lines a shopper reported on the ticket (a snapshot: support_ticket_line_item). */
export const ADMIN_LINE_ITEM_FIELDS = [
  "line_items.id",
  "line_items.line_item_id",
  "line_items.title",
  "line_items.variant_title",
  "line_items.quantity",
  "line_items.thumbnail",
  "line_items.product_id",
  "line_items.variant_id",
] as const

export const ADMIN_LINKED_FIELDS = [
  "customer.id",
  "customer.email",
  "customer.first_name",
  "customer.last_name",
  "customer.phone",
  "customer.has_account",
  "order.id",
  "order.display_id",
  "order.status",
  "order.email",
  "order.currency_code",
  "order.created_at",
] as const

/** What the admin inbox shows per ticket (a subset of ADMIN_TICKET_FIELDS). */
export const ADMIN_INBOX_LIST_FIELDS = [
  "id",
  "display_id",
  "subject",
  "status",
  "priority",
  "channel",
  "email",
  "name",
  "identity",
  "assignee_id",
  "delegated_from_id",
  "tags",
  "last_message_at",
  "last_customer_message_at",
  "created_at",
  "updated_at",
  "first_response_due_at",
  "resolution_due_at",
  "sla_breached",
  "sla_paused_at",
  "priority_score",
  "priority_explanation",
] as const satisfies readonly (typeof ADMIN_TICKET_FIELDS)[number][]
