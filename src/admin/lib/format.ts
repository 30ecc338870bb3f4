// Dates and money as the agent reads them: their browser's locale and time zone.

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" })
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" })
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" })

export const formatDateTime = (iso: string | null | undefined) => (iso ? dateTime.format(new Date(iso)) : "")
export const formatDate = (iso: string | null | undefined) => (iso ? dateOnly.format(new Date(iso)) : "")

const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["second", 60],
  ["minute", 60],
  ["hour", 24],
  ["day", 30],
  ["month", 12],
  ["year", Infinity],
]

/** "5 minutes ago", "yesterday"; the exact time is in the element's title. */
export function formatRelative(iso: string | null | undefined, now = Date.now()): string {
  if (!iso) return ""
  let value = (new Date(iso).getTime() - now) / 1000
  for (const [unit, size] of STEPS) {
    if (Math.abs(value) < size) return relative.format(Math.round(value), unit)
    value /= size
  }
  return formatDateTime(iso)
}

/** Order amounts are in the currency's main unit (Medusa v2). */
export function formatMoney(amount: number, currency: string | null | undefined): string {
  if (!currency) return String(amount)
  try {
    return new Intl.NumberFormat(undefined, { style: "currency", currency: currency.toUpperCase() }).format(amount)
  } catch {
    return `${amount} ${currency.toUpperCase()}`
  }
}

export const timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone
