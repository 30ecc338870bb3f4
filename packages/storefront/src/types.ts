// Shapes of the plugin's store API (medusa-plugin-helpdesk docs/api.md), as this package uses them.
// Declared here, not imported, so a storefront installs no server package.

export type TicketStatus = "open" | "pending" | "solved" | "closed"

export type Attachment = {
  id: string
  filename: string
  mime_type: string
  size: number
  /** `/store/support/tickets/:id/attachments/:attachment_id`, relative to the backend. */
  url: string
}

export type Message = {
  id: string
  author_type: "customer" | "agent" | "system"
  author_name: string | null
  /** Plain text. A phone call shows here as the short summary line the API gives. */
  body: string
  attachments: Attachment[]
  created_at: string
}

export type Ticket = {
  id: string
  display_id: number
  subject: string
  status: TicketStatus
  category: string | null
  channel: string
  order_id: string | null
  created_at: string
  updated_at: string
  last_message_at: string | null
  locale?: string | null
  rating: { score: number; comment: string | null; created_at: string } | null
  messages?: Message[]
  messages_count?: number
  has_earlier_messages?: boolean
  merged?: boolean
}

export type ArticleCategory = { id: string; handle: string; title: string; description?: string | null; position?: number }

export type ArticleSummary = {
  id: string
  handle: string
  title: string
  locale: string
  category: { id: string; handle: string; title: string } | null
  updated_at: string
}

export type Article = ArticleSummary & {
  /** Sanitised by the server; rendered as is. */
  body_html: string
  translations: { locale: string; handle: string; title: string }[]
}

export type Suggestions = {
  articles: ArticleSummary[]
  replies: { id: string; title: string; body: string }[]
}

export type UploadedFile = { id: string; filename: string; mime_type: string; size: number }

/** An order of the signed-in customer, for the contact form's order picker. */
export type OrderOption = {
  id: string
  display_id: number
  created_at: string
  total?: number
  currency_code?: string
}

export type CreateTicketInput = {
  subject: string
  body: string
  category?: string
  order_id?: string
  attachment_ids?: string[]
  /** Guests only. */
  email?: string
  /** Guests only. */
  name?: string
  locale?: string
  shown_article_ids?: string[]
}

export type CreateTicketResult = { ticket: Ticket; access_token?: string }

export type ReplyInput = { body: string; attachment_ids?: string[] }
export type RatingInput = { score: 1 | 2 | 3 | 4 | 5; comment?: string }
/** ISO times with an offset; the window is at most 12 hours, within 30 days. */
export type CallbackInput = { phone: string; window_start: string; window_end: string }

export type List<K extends string, T> = { [key in K]: T[] } & { count: number; offset: number; limit: number }
