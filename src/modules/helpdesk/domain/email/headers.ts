/**
 * Mail headers the plugin puts on its mail, and how they travel to a notification provider:
 * `createNotifications({ ..., data: { headers: { "Message-ID": ..., ... } } })`. Medusa's
 * notification DTO has no header field, and `data` is what every provider receives (and what the
 * notification row keeps). Providers read only these names; values never hold CR or LF.
 */
export const MAIL_HEADERS = ["Message-ID", "In-Reply-To", "References", "Reply-To", "Auto-Submitted"] as const
export type MailHeaderName = (typeof MAIL_HEADERS)[number]
export type MailHeaders = Partial<Record<MailHeaderName, string>>

const LINE_BREAKS = /[\r\n\u0085\u2028\u2029]+/g
// Other control characters (NUL, tabs kept out too: a header value is one plain line).
const CONTROLS = /[\u0000-\u001f\u007f]/g

/** One line of text for a header value (subject, display name): line breaks become spaces. */
export function flattenHeaderValue(value: string, maxLength = 250): string {
  const flat = value.replace(LINE_BREAKS, " ").replace(CONTROLS, " ").replace(/\s{2,}/g, " ").trim()
  return flat.length > maxLength ? `${flat.slice(0, maxLength - 1)}…` : flat
}

/** True when `value` could break out of its header line. */
export function hasLineBreak(value: string): boolean {
  return /[\r\n\u0085\u2028\u2029\u0000]/.test(value)
}

/**
 * The known headers from a notification's `data.headers`, refusing (throwing) any value with a
 * line break: a provider must never let one through, whoever built the notification.
 */
export function mailHeadersFrom(data: unknown): MailHeaders {
  const raw = (data as { headers?: unknown } | null | undefined)?.headers
  if (!raw || typeof raw !== "object") return {}
  const out: MailHeaders = {}
  for (const name of MAIL_HEADERS) {
    const value = (raw as Record<string, unknown>)[name]
    if (value === undefined || value === null || value === "") continue
    if (typeof value !== "string" || hasLineBreak(value)) {
      throw new Error(`Refusing mail header ${name}: not a single line of text`)
    }
    out[name] = value
  }
  return out
}
