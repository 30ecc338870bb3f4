// Dates and money in the admin's current language (the dashboard's i18next), in the agent's own
// time zone.
import { getI18n } from "react-i18next"

/**
 * The dashboard's language as a BCP 47 tag ("ko", "el", "en"; its "ptBR" becomes "pt-BR"),
 * undefined (the browser's locale) before i18next has started.
 */
export const locale = (): string | undefined => {
  const i18n = getI18n()
  const lng = i18n?.resolvedLanguage || i18n?.language
  return lng ? lng.replace(/^([a-z]{2,3})([A-Z]{2})$/, "$1-$2") : undefined
}

// Intl formatters are slow to build: one of each per language.
const cache = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat>()
function cached<T extends Intl.DateTimeFormat | Intl.RelativeTimeFormat>(kind: string, make: (l: string | undefined) => T): T {
  const l = locale()
  const key = `${kind}:${l ?? ""}`
  let f = cache.get(key) as T | undefined
  if (!f) {
    try {
      f = make(l)
    } catch {
      f = make(undefined) // a language tag Intl does not know
    }
    cache.set(key, f)
  }
  return f
}

const dateTime = () => cached("dt", (l) => new Intl.DateTimeFormat(l, { dateStyle: "medium", timeStyle: "short" }))
const dateOnly = () => cached("d", (l) => new Intl.DateTimeFormat(l, { dateStyle: "medium" }))
const relative = () => cached("rel", (l) => new Intl.RelativeTimeFormat(l, { numeric: "auto" }))

export const formatDateTime = (iso: string | null | undefined) => (iso ? dateTime().format(new Date(iso)) : "")
export const formatDate = (iso: string | null | undefined) => (iso ? dateOnly().format(new Date(iso)) : "")

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
    if (Math.abs(value) < size) return relative().format(Math.round(value), unit)
    value /= size
  }
  return formatDateTime(iso)
}

/** Order amounts are in the currency's main unit (Medusa v2). */
export function formatMoney(amount: number, currency: string | null | undefined): string {
  if (!currency) return String(amount)
  try {
    return new Intl.NumberFormat(locale(), { style: "currency", currency: currency.toUpperCase() }).format(amount)
  } catch {
    return `${amount} ${currency.toUpperCase()}`
  }
}

export const timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone

/** A number in the admin's language, at most `digits` decimals ("133.33", "133,33"). */
export function formatNumber(value: number, digits = 2): string {
  try {
    return new Intl.NumberFormat(locale(), { maximumFractionDigits: digits }).format(value)
  } catch {
    return new Intl.NumberFormat(undefined, { maximumFractionDigits: digits }).format(value)
  }
}
