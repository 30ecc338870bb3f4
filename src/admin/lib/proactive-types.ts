// The proactive section of GET /admin/support/settings (docs/proactive.md).
export const PROACTIVE_KINDS = ["order_canceled", "return_requested", "not_shipped", "payment_failed", "delivery_failed"] as const
export type ProactiveKind = (typeof PROACTIVE_KINDS)[number]
export const PROACTIVE_LOCALES = ["en", "ko", "el"] as const
export type ProactiveLocale = (typeof PROACTIVE_LOCALES)[number]
export type ProactiveMode = "shopper" | "internal"

export type ProactiveTexts = Record<ProactiveLocale, { subject: string; message: string }>

export type ProactiveKindSettings = {
  enabled: boolean
  mode: ProactiveMode
  texts: ProactiveTexts
  custom: Partial<Record<ProactiveLocale, { subject?: boolean; message?: boolean }>>
  days?: number
}

export type ProactiveSettings = Record<ProactiveKind, ProactiveKindSettings> & {
  default_texts: Record<ProactiveKind, ProactiveTexts>
}

/** A kind's change as POST /admin/support/settings takes it (a null text goes back to the default). */
export type ProactiveKindChange = Partial<{
  enabled: boolean
  mode: ProactiveMode
  days: number
  texts: Partial<Record<ProactiveLocale, Partial<{ subject: string | null; message: string | null }>>>
}>
