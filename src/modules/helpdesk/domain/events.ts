/** Events the helpdesk emits after a change is committed; payload `{ id, message_id? }`. */
export const HelpdeskEvents = {
  TICKET_CREATED: "support_ticket.created",
  TICKET_UPDATED: "support_ticket.updated",
  MESSAGE_CREATED: "support_ticket.message_created",
  STATUS_CHANGED: "support_ticket.status_changed",
  ASSIGNED: "support_ticket.assigned",
  RATED: "support_ticket.rated",
  MERGED: "support_ticket.merged",
  TICKET_DELETED: "support_ticket.deleted",
  CANNED_REPLY_CREATED: "support_canned_reply.created",
  CANNED_REPLY_UPDATED: "support_canned_reply.updated",
  CANNED_REPLY_DELETED: "support_canned_reply.deleted",
  /** An inbound mail was held (payload `{ id }` of the held mail); agents release or delete it. */
  EMAIL_HELD: "support_email.held",
} as const
