// Shapes of the storefront API (docs/api.md), for storefront code. No server imports here.

export type SupportTicketStatus = "open" | "pending" | "solved" | "closed"
export type SupportTicketChannel = "web" | "email" | "phone" | "chat" | "social" | "api"

export type StoreSupportAttachment = {
  id: string
  filename: string
  mime_type: string
  size: number
  /** `/store/support/tickets/:id/attachments/:attachment_id`: fetch it with `downloadAttachment`. */
  url: string
}

export type StoreSupportMessage = {
  id: string
  author_type: "customer" | "agent" | "system"
  author_name: string | null
  body: string
  attachments: StoreSupportAttachment[]
  created_at: string
  /** Only on the thread's satisfaction survey message: its link (open it with `retrieveSurvey(token)`). */
  survey?: { token: string; url: string; scale: StoreSupportSurveyScale; expires_at: string }
}

export type StoreSupportSurveyScale = "yes_no" | "five_point"
export type StoreSupportSurveyAnswer = "yes" | "no" | 1 | 2 | 3 | 4 | 5

export type StoreSupportSurvey = {
  locale: "en" | "ko" | "el"
  scale: StoreSupportSurveyScale
  questions: (
    | { id: "answer"; type: "yes_no"; text: string; required: true; options: ["yes", "no"] }
    | { id: "answer"; type: "five_point"; text: string; required: true; options: [1, 2, 3, 4, 5] }
    | { id: "comment"; type: "text"; text: string; required: false; max_length: number }
  )[]
  ticket: { display_id: number; subject: string }
  expires_at: string
  answered: boolean
  answer: { answer: StoreSupportSurveyAnswer; score: number; positive: boolean; comment: string | null; answered_at: string } | null
}
export type StoreSupportSurveyResponse = { survey: StoreSupportSurvey }
export type StoreAnswerSupportSurvey = { answer: StoreSupportSurveyAnswer; comment?: string }

export type StoreSupportTicket = {
  id: string
  display_id: number
  subject: string
  status: SupportTicketStatus
  category: string | null
  channel: SupportTicketChannel
  order_id: string | null
  created_at: string
  updated_at: string
  last_message_at: string | null
  rating: { score: number; comment: string | null; created_at: string } | null
  /** Present on detail responses, absent in lists. */
  messages?: StoreSupportMessage[]
}

export type StoreCreateSupportTicket = {
  subject: string
  body: string
  category?: string
  order_id?: string
  attachment_ids?: string[]
  /** Guests only. */
  email?: string
  /** Guests only. */
  name?: string
  /** Published articles the contact form showed before the ticket was opened (up to 10). */
  shown_article_ids?: string[]
}

export type StoreAddSupportMessage = { body: string; attachment_ids?: string[] }
export type StoreRateSupportTicket = { score: 1 | 2 | 3 | 4 | 5; comment?: string }

export type StoreSupportTicketResponse = { ticket: StoreSupportTicket }
export type StoreCreateSupportTicketResponse = StoreSupportTicketResponse & { access_token?: string }
export type StoreSupportTicketListResponse = {
  tickets: StoreSupportTicket[]
  count: number
  offset: number
  limit: number
}
export type StoreSupportUploadResponse = {
  files: { id: string; filename: string; mime_type: string; size: number }[]
}

export type StoreSupportArticleCategory = { id: string; handle: string; title: string }

/** An article in a list or suggestion (no body). */
export type StoreSupportArticleSummary = {
  id: string
  handle: string
  title: string
  locale: string
  category: StoreSupportArticleCategory | null
  updated_at: string
}

export type StoreSupportArticle = StoreSupportArticleSummary & {
  /** Sanitised HTML (docs/knowledge-base.md "Markdown"). */
  body_html: string
  /** The other published languages of this article, for a language switcher. */
  translations: { locale: string; handle: string; title: string }[]
}

export type StoreSupportArticleResponse = { article: StoreSupportArticle }
export type StoreSupportArticleListResponse = {
  articles: StoreSupportArticleSummary[]
  count: number
  offset: number
  limit: number
}
export type StoreSupportArticleCategoryListResponse = {
  article_categories: (StoreSupportArticleCategory & { description: string | null; position: number })[]
}
export type StoreSupportSuggestionsResponse = {
  articles: StoreSupportArticleSummary[]
  replies: { id: string; title: string; body: string }[]
}
