import el from "./locales/el.js"
import en, { type MessageKey, type Messages } from "./locales/en.js"
import ko from "./locales/ko.js"

export type { MessageKey, Messages }

/** The shipped tables. Add a language by passing `messages` to a component (or `registerLocale`). */
export const locales: Record<string, Messages> = { en, ko, el }

export function registerLocale(tag: string, messages: Partial<Messages>) {
  locales[tag.toLowerCase()] = { ...en, ...messages }
}

/** The table for a tag: exact ("el-GR"), else its language ("el"), else English. */
export function resolveLocale(tag?: string | null): string {
  const lower = (tag || "en").toLowerCase()
  if (locales[lower]) return lower
  const lang = lower.split(/[-_]/)[0]
  return locales[lang] ? lang : "en"
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string

export function translator(tag?: string | null, overrides?: Partial<Messages>): Translate {
  const table = { ...locales[resolveLocale(tag)], ...(overrides ?? {}) }
  return (key, vars) => {
    const s = table[key] ?? en[key] ?? key
    return vars ? s.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m)) : s
  }
}

/** A date in the shopper's language (and time zone when given, else the runtime's). */
export function formatDate(iso: string | null | undefined, locale?: string | null, timeZone?: string): string {
  if (!iso) return ""
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return ""
  try {
    return new Intl.DateTimeFormat(locale || "en", { dateStyle: "medium", timeStyle: "short", ...(timeZone ? { timeZone } : {}) }).format(d)
  } catch {
    return d.toISOString()
  }
}

export function formatDay(iso: string | null | undefined, locale?: string | null, timeZone?: string): string {
  if (!iso) return ""
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return ""
  try {
    return new Intl.DateTimeFormat(locale || "en", { dateStyle: "medium", ...(timeZone ? { timeZone } : {}) }).format(d)
  } catch {
    return d.toISOString().slice(0, 10)
  }
}
