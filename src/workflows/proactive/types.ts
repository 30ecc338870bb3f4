import type { ProactiveKind } from "../../modules/helpdesk/domain/proactive"

export type OpenProactiveTicketInput = {
  kind: ProactiveKind
  order_id: string
  /**
   * What names the event within the order, where one order can have several: the return id
   * (return_requested), "<payment session id>:<action>" (payment_failed), the fulfillment id or
   * the carrier's event id (delivery_failed). Empty for order_canceled and not_shipped.
   */
  detail?: string | null
  /** A line for agents about the event (e.g. the carrier's reason), on the internal line only. */
  note?: string | null
}

export type OpenProactiveTicketResult = {
  acted: boolean
  /** Why nothing was written: disabled, order_not_found, already_handled, or the kind's own reason (docs/proactive.md). */
  reason: string | null
  ticket_id: string | null
  /** True when a new ticket was opened, false when the open ticket about the order was written on. */
  created: boolean
}
