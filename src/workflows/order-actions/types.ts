/** The agent acting on a ticket's order (their first name signs the system line). */
export type OrderActionActor = { id: string; name?: string | null }

type Base = {
  ticket_id: string
  actor: OrderActionActor
  /** The agent's note, kept on the ticket's internal line (never shown to the shopper). */
  note?: string | null
  /** Passed to the workflow's hook untouched, as Medusa's own workflows do. */
  additional_data?: Record<string, unknown>
}

export type CancelTicketOrderInput = Base

export type StartTicketReturnInput = Base & {
  items: { id: string; quantity: number; reason_id?: string | null }[]
  reason_id?: string | null
}

export type ExchangeTicketOrderInput = Base & {
  /** Items of the order coming back (ids of the order's line items). */
  return_items: { id: string; quantity: number; reason_id?: string | null }[]
  /** Variants sent in their place, priced by Medusa for the order's region. */
  new_items: { variant_id: string; quantity: number }[]
  reason_id?: string | null
}

/** What the exchange workflow answers: the ticket, the order and Medusa's exchange. */
export type ExchangeTicketOrderResult = { ticket_id: string; order_id: string; exchange_id: string }

export type RefundTicketOrderInput = Base & {
  amount: number
  /** Set by the approve workflow: the refund was approved by a second agent. */
  approval?: { id: string; approved_by: string; approved_by_name?: string | null } | null
}

export type DecideRefundApprovalInput = {
  ticket_id: string
  approval_id: string
  actor: OrderActionActor
  additional_data?: Record<string, unknown>
}

/** What approving or rejecting answers: the order acted on and the approval as decided. */
export type RefundDecisionResult = {
  order_id: string
  approval: Record<string, unknown> & { id: string; status: "approved" | "rejected" }
}

export type IssueGoodwillPromotionInput = Base & {
  type: "fixed" | "percentage"
  value: number
}

export type ResendOrderNotificationInput = Base & {
  kind: "order_confirmation" | "shipping_notification"
}
