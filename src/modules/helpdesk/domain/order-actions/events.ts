/** Events of actions taken on a ticket's order; payload `{ id, order_id, ... }` (`id` is the ticket). */
export const OrderActionEvents = {
  ORDER_CANCELED: "support_ticket.order_canceled",
  RETURN_STARTED: "support_ticket.return_started",
  /** An exchange was requested on the order: `{ id, order_id, exchange_id }`. */
  EXCHANGE_REQUESTED: "support_ticket.exchange_requested",
  REFUNDED: "support_ticket.order_refunded",
  /** A refund above the approval limit waits for a second agent: `{ id, order_id, approval_id }`. */
  REFUND_APPROVAL_REQUESTED: "support_ticket.refund_approval_requested",
  REFUND_APPROVAL_REJECTED: "support_ticket.refund_approval_rejected",
  PROMOTION_ISSUED: "support_ticket.promotion_issued",
  /** An agent asked for the order confirmation or shipping notification again: `{ id, order_id, kind }`. */
  NOTIFICATION_RESENT: "support_ticket.order_notification_resent",
} as const
