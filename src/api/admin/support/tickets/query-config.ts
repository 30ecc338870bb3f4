// Fields an agent may ask for with ?fields=. Secrets (guest token hash/nonce, idempotency key)
// and the search columns are never listed, so Query never returns them.
const TICKET_FIELDS = [
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
  "assignee_id",
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
]

const MESSAGE_FIELDS = [
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
]

const LINKED_FIELDS = [
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
]

/** The message fields agents get, without the `messages.` prefix (thread pages, `*messages`). */
export const ADMIN_MESSAGE_FIELDS = MESSAGE_FIELDS.map((f) => f.slice("messages.".length))

const ALLOWED = [
  ...TICKET_FIELDS,
  "messages",
  ...MESSAGE_FIELDS,
  "messages.attachments",
  "customer",
  "order",
  ...LINKED_FIELDS,
]

export const adminTicketListQueryConfig = {
  defaults: TICKET_FIELDS,
  allowed: ALLOWED,
  isList: true,
}

export const adminTicketQueryConfig = {
  defaults: [...TICKET_FIELDS, ...MESSAGE_FIELDS],
  allowed: ALLOWED,
  isList: false,
}
