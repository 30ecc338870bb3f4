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
  /** The breach job found a clock overdue: `{ id, clocks: ["first_response" | "resolution"] }`, once per ticket. */
  SLA_BREACHED: "support_ticket.sla_breached",
  /** The automation posted an auto-acknowledgement: `{ id, message_id }`. */
  AUTO_ACKNOWLEDGED: "support_ticket.auto_acknowledged",
  /** The desk spoke first about an order (docs/proactive.md): `{ id, kind, order_id, created }` (id: the ticket). */
  PROACTIVE_OPENED: "support_proactive.opened",
  /** A shopper answered a ticket's satisfaction survey: `{ id, response_id }` (id: the ticket). */
  SURVEY_ANSWERED: "support_survey.answered",
  BUSINESS_HOURS_CREATED: "support_business_hours.created",
  BUSINESS_HOURS_UPDATED: "support_business_hours.updated",
  BUSINESS_HOURS_DELETED: "support_business_hours.deleted",
  SLA_POLICY_CREATED: "support_sla_policy.created",
  SLA_POLICY_UPDATED: "support_sla_policy.updated",
  SLA_POLICY_DELETED: "support_sla_policy.deleted",
  CANNED_REPLY_CREATED: "support_canned_reply.created",
  CANNED_REPLY_UPDATED: "support_canned_reply.updated",
  CANNED_REPLY_DELETED: "support_canned_reply.deleted",
  /** An inbound mail was held (payload `{ id }` of the held mail); agents release or delete it. */
  EMAIL_HELD: "support_email.held",
  /** A new inbound webhook secret was generated in the admin (payload `{ id }` of the setting). */
  INBOUND_SECRET_CHANGED: "support_setting.inbound_secret_changed",
  ARTICLE_CREATED: "support_article.created",
  ARTICLE_UPDATED: "support_article.updated",
  ARTICLE_DELETED: "support_article.deleted",
  /** A visitor's helpful / not helpful vote was counted: `{ id, helpful }`. */
  ARTICLE_FEEDBACK_RECORDED: "support_article.feedback_recorded",
  /** A visitor left the contact form after reading the article: `{ id }`. */
  ARTICLE_DEFLECTED: "support_article.deflected",
  ARTICLE_CATEGORY_CREATED: "support_article_category.created",
  ARTICLE_CATEGORY_UPDATED: "support_article_category.updated",
  ARTICLE_CATEGORY_DELETED: "support_article_category.deleted",
  /** A requester's personal data was erased from their tickets: `{ ids, customer_id }` (privacy). */
  PRIVACY_ERASED: "support_privacy.erased",
  /** A shopper asked for their own export: `{ customer_id, expires_at }` (privacy). */
  PRIVACY_EXPORT_REQUESTED: "support_privacy.export_requested",
} as const
