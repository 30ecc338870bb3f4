import type { CannedReplyAction } from "./canned-action"
import type { SurveyResponse } from "./survey-types"
// The shapes the admin reads from the helpdesk's admin routes (docs/api.md).
import type { PriorityExplanation } from "./automation-types"

export type TicketStatus = "open" | "pending" | "solved" | "closed"
export type TicketPriority = "low" | "normal" | "high" | "urgent"
export type IdentityLevel = "customer" | "verified_email" | "unverified"

export type AdminAttachment = { id: string; filename: string; mime_type: string; size: number; url: string | null }

export type AdminMessage = {
  id: string
  author_type: "customer" | "agent" | "system"
  author_id: string | null
  author_name: string | null
  body: string
  internal: boolean
  channel: string
  canned_reply_id: string | null
  metadata: Record<string, unknown> | null
  created_at: string
  attachments?: AdminAttachment[]
  /** The mail sent about this message (agents only; docs/email.md). */
  delivery?: MessageDelivery | null
}

export type MessageDelivery = {
  kind: string
  status: "pending" | "sent" | "failed" | "suppressed"
  attempts: number
  last_error: string | null
  updated_at: string
}

export type NotificationSwitch = { email: boolean; feed?: boolean }

export type EmailSettings = {
  notifications: Record<string, NotificationSwitch>
  enabled: boolean
  from: string
  inbound_address: string
  webhook_path: string
  inbound_secret_set: boolean
  inbound_secret_from_options: boolean
  inbound_secret_generated_at: string | null
}

export type AdminTicket = {
  id: string
  display_id: number
  subject: string
  status: TicketStatus
  priority: TicketPriority
  channel: string
  category: string | null
  tags: string[]
  customer_id: string | null
  order_id: string | null
  email: string | null
  name: string | null
  identity: IdentityLevel
  assignee_id: string | null
  last_message_at: string | null
  last_customer_message_at: string | null
  first_response_at: string | null
  created_at: string
  updated_at: string
  rating?: { score: number; comment: string | null; created_at: string } | null
  /** The satisfaction survey's answer (or a rating given without it). */
  survey_response?: SurveyResponse | null
  /** The newest page of the thread, oldest first; earlier pages come from GET .../messages. */
  messages?: AdminMessage[]
  /** Mail about the ticket itself (received, solved...), newest first. */
  email_deliveries?: (MessageDelivery & { recipient: string })[]
  messages_count?: number
  has_earlier_messages?: boolean
  customer?: { id: string; email: string; first_name: string | null; last_name: string | null } | null
  order?: { id: string; display_id: number } | null
  /** Order lines the shopper reported ("Report a problem with this item"), as they were then. */
  line_items?: TicketLineItem[]
  // SLA clocks (docs/automation.md): null when no clock runs.
  first_response_due_at?: string | null
  resolution_due_at?: string | null
  sla_breached?: boolean
  sla_breached_at?: string | null
  sla_paused_at?: string | null
  sla_policy_id?: string | null
  // Priority for rare writers (docs/automation.md): the inbox's score and its parts.
  priority_score?: number
  priority_explanation?: PriorityExplanation | null
}

export type TicketLineItem = {
  id: string
  line_item_id: string
  title: string
  variant_title: string | null
  quantity: number
  thumbnail: string | null
  product_id: string | null
  variant_id: string | null
}

export type ThreadPage = { messages: AdminMessage[]; count: number; limit: number; has_more: boolean }

export type ContextOrder = {
  id: string
  display_id: number
  created_at: string
  status: string
  payment_status: string | null
  fulfillment_status: string | null
  total: number
  currency_code: string
  items: { title: string; variant_title: string | null; quantity: number; thumbnail: string | null }[]
}

export type OrderActionsView = {
  order: null | {
    id: string
    display_id: number
    status: string
    currency_code: string
    payment_status: string
    fulfillment_status: string
    refundable_amount: number
    items: { id: string; title: string; variant_title: string | null; quantity: number; returnable_quantity: number }[]
    returns: { id: string; status: string }[]
    exchanges?: { id: string; display_id: number | null; return_id: string | null; canceled_at: string | null }[]
    tracking_links: { tracking_number: string | null; url: string }[]
  }
  approvals: { id: string; amount: number; currency_code: string; status: string; requested_by: string; requested_by_name: string | null }[]
  return_reasons: { id: string; label: string }[]
}

/** Settings section `order_actions`: refunds above the limit (per currency first) wait for a second agent; null = no limit. */
export type OrderActionSettings = {
  refund_approval_limit: number | null
  refund_approval_limits: Record<string, number>
}

export type TicketContext = {
  customer: {
    id: string | null
    email: string
    first_name?: string | null
    last_name?: string | null
    name?: string | null
    phone?: string | null
    has_account?: boolean
    created_at?: string
    identity?: IdentityLevel
  } | null
  orders: ContextOrder[]
  /** How the orders and other tickets were matched: a guest's unverified email may not be theirs. */
  matched_by: "customer" | "verified_email" | "unverified_email" | null
  tickets: Pick<AdminTicket, "id" | "display_id" | "subject" | "status" | "priority" | "created_at" | "last_message_at">[]
  /** The order-actions view when the ticket is about an order, else null. */
  order_actions: OrderActionsView | null
  stats: {
    orders_count: number
    lifetime_value: number
    currency_code: string | null
    tickets_count: number
    open_tickets_count: number
  }
}

export type AdminUser = { id: string; email: string; first_name: string | null; last_name: string | null }

export type CannedReply = {
  id: string
  title: string
  body: string
  shortcut: string | null
  public?: boolean
  category: string | null
  locale: string | null
  usage_count: number
  updated_at: string
  /** An order action offered with the reply, run on send once confirmed (docs/order-actions.md). */
  action?: CannedReplyAction | null
}

/** An inbound mail held aside (GET /admin/support/email/held). */
export type HeldMail = {
  id: string
  sender: string
  subject: string
  reason: "loop"
  format: "mime" | "postmark"
  size: number
  message_id: string
  auto: boolean
  received_at: string
}

export type ArticleCategory = { id: string; title: string; handle: string; description: string | null; position: number }

export type Article = {
  id: string
  title: string
  handle: string
  body: string
  body_html: string
  category_id: string | null
  category: ArticleCategory | null
  locale: string
  translation_group_id: string
  published: boolean
  position: number
  view_count: number
  helpful_count: number
  not_helpful_count: number
  deflection_count: number
  updated_at: string
  translations: { id: string; locale: string; handle: string; title: string; published: boolean }[]
}
