/** GET /admin/support/reports/contact-rate (docs/reports.md). */
export type ContactRateRow = {
  product_id: string
  title: string | null
  thumbnail: string | null
  tickets: number
  orders: number
  /** Tickets per 100 orders; null when the product had no orders in the period. */
  contact_rate: number | null
}

export type ContactRateReport = {
  products: ContactRateRow[]
  count: number
  limit: number
  offset: number
  from: string
  to: string
}

export const CONTACT_RATE_SORT_KEYS = ["contact_rate", "tickets", "orders", "title"] as const
export type ContactRateSortKey = (typeof CONTACT_RATE_SORT_KEYS)[number]

/** Periods the admin offers, in days up to now. */
export const CONTACT_RATE_PERIODS = [30, 90, 365] as const
