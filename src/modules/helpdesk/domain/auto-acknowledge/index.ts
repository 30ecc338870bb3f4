import { z } from "@medusajs/framework/zod"
import { DateTime } from "luxon"
import { safeText } from "../text"

/**
 * The auto-acknowledgement of a new ticket (docs/automation.md): which text, and the honest
 * expectation it states, computed from the ticket's response due time (its SLA policy in business
 * hours). Pure: the caller passes the time, the ticket's due time and the schedule.
 */

export const AUTO_ACK_LOCALES = ["en", "ko", "el"] as const
export type AutoAckLocale = (typeof AUTO_ACK_LOCALES)[number]
export const AUTO_ACK_VARIANTS = ["in_hours", "out_of_hours", "no_target"] as const
export type AutoAckVariant = (typeof AUTO_ACK_VARIANTS)[number]

/** Placeholders a text may use. */
export const AUTO_ACK_PLACEHOLDERS = ["ticket_number", "name", "target", "expected_at", "now", "city"] as const

export const DEFAULT_AUTO_ACK_TEXTS: Record<AutoAckLocale, Record<AutoAckVariant, string>> = {
  en: {
    in_hours: "Hello {{name}}, thank you for writing to us: we have your request #{{ticket_number}}. We answer within {{target}}, so expect a reply {{expected_at}}.",
    out_of_hours:
      "Hello {{name}}, thank you for writing to us: we have your request #{{ticket_number}}. We answer within {{target}}; it is {{now}} in {{city}}, so expect us {{expected_at}}.",
    no_target: "Hello {{name}}, thank you for writing to us: we have your request #{{ticket_number}} and will answer as soon as we can.",
  },
  ko: {
    in_hours: "{{name}}님, 문의해 주셔서 감사합니다. 요청 #{{ticket_number}}을(를) 접수했습니다. {{target}} 이내에 답변드리므로 {{expected_at}} 답변을 받으실 수 있습니다.",
    out_of_hours:
      "{{name}}님, 문의해 주셔서 감사합니다. 요청 #{{ticket_number}}을(를) 접수했습니다. {{target}} 이내에 답변드립니다. 지금 {{city}}은(는) {{now}}이므로 {{expected_at}} 답변드리겠습니다.",
    no_target: "{{name}}님, 문의해 주셔서 감사합니다. 요청 #{{ticket_number}}을(를) 접수했으며 최대한 빨리 답변드리겠습니다.",
  },
  el: {
    in_hours: "Γεια σας {{name}}, ευχαριστούμε που μας γράψατε: λάβαμε το αίτημά σας #{{ticket_number}}. Απαντάμε μέσα σε {{target}}, οπότε περιμένετε απάντηση {{expected_at}}.",
    out_of_hours:
      "Γεια σας {{name}}, ευχαριστούμε που μας γράψατε: λάβαμε το αίτημά σας #{{ticket_number}}. Απαντάμε μέσα σε {{target}}· τώρα είναι {{now}} στην πόλη {{city}}, οπότε θα σας απαντήσουμε {{expected_at}}.",
    no_target: "Γεια σας {{name}}, ευχαριστούμε που μας γράψατε: λάβαμε το αίτημά σας #{{ticket_number}} και θα σας απαντήσουμε το συντομότερο.",
  },
}

const FALLBACK_NAME: Record<AutoAckLocale, string> = { en: "there", ko: "고객", el: "" }

const PLACEHOLDER = /\{\{\s*([a-z_]+)\s*\}\}/g

export function findUnknownAutoAckPlaceholders(text: string): string[] {
  const unknown = new Set<string>()
  for (const m of text.matchAll(PLACEHOLDER)) if (!(AUTO_ACK_PLACEHOLDERS as readonly string[]).includes(m[1])) unknown.add(m[1])
  return [...unknown]
}

const text = safeText({ min: 1, max: 2000 }).refine((t) => !findUnknownAutoAckPlaceholders(t).length, {
  message: `may use only the placeholders ${AUTO_ACK_PLACEHOLDERS.map((p) => `{{${p}}}`).join(", ")}`,
})
const localeTexts = z.object({ in_hours: text, out_of_hours: text, no_target: text }).partial().strict()

/** The `auto_acknowledge` section of POST /admin/support/settings (merged over what is stored). */
export const AutoAcknowledgeSettingsInputSchema = z
  .object({
    enabled: z.boolean(),
    texts: z.object({ en: localeTexts, ko: localeTexts, el: localeTexts }).partial().strict(),
  })
  .partial()
  .strict()
export type AutoAcknowledgeSettingsInput = z.infer<typeof AutoAcknowledgeSettingsInputSchema>

export type AutoAcknowledgeSettings = {
  enabled: boolean
  texts: Record<AutoAckLocale, Record<AutoAckVariant, string>>
}

/** Stored values over the defaults (on, with the texts above); bad stored data is ignored. */
export function resolveAutoAcknowledgeSettings(stored: unknown, enabledByDefault = true): AutoAcknowledgeSettings {
  const parsed = AutoAcknowledgeSettingsInputSchema.safeParse(stored ?? {})
  const value = parsed.success ? parsed.data : {}
  const texts = {} as AutoAcknowledgeSettings["texts"]
  for (const locale of AUTO_ACK_LOCALES) texts[locale] = { ...DEFAULT_AUTO_ACK_TEXTS[locale], ...(value.texts?.[locale] ?? {}) }
  return { enabled: value.enabled ?? enabledByDefault, texts }
}

export function mergeAutoAcknowledgeSettings(stored: unknown, change: AutoAcknowledgeSettingsInput): AutoAcknowledgeSettingsInput {
  const parsed = AutoAcknowledgeSettingsInputSchema.safeParse(stored ?? {})
  const base = parsed.success ? parsed.data : {}
  const texts: Record<string, unknown> = { ...(base.texts ?? {}) }
  for (const locale of AUTO_ACK_LOCALES) {
    if (change.texts?.[locale]) texts[locale] = { ...(base.texts?.[locale] ?? {}), ...change.texts[locale] }
  }
  return { ...base, ...(change.enabled !== undefined ? { enabled: change.enabled } : {}), texts: texts as AutoAcknowledgeSettingsInput["texts"] }
}

/** "ko-KR" -> "ko"; anything unsupported -> "en". */
export function autoAckLocale(locale: string | null | undefined): AutoAckLocale {
  const base = (locale ?? "").toLowerCase().split(/[-_]/)[0]
  return (AUTO_ACK_LOCALES as readonly string[]).includes(base) ? (base as AutoAckLocale) : "en"
}

const DAY_PART: Record<AutoAckLocale, [string, string, string, string]> = {
  en: ["night", "morning", "afternoon", "evening"],
  ko: ["밤", "아침", "오후", "저녁"],
  el: ["νύχτα", "πρωί", "απόγευμα", "βράδυ"],
}
const RELATIVE: Record<AutoAckLocale, { today: string; by: (day: string, time: string) => string }> = {
  en: { today: "today", by: (day, time) => `${day} by ${time}` },
  ko: { today: "오늘", by: (day, time) => `${day} ${time}까지` },
  el: { today: "σήμερα", by: (day, time) => `${day} έως τις ${time}` },
}

function dayPart(hour: number): 0 | 1 | 2 | 3 {
  if (hour < 6 || hour >= 22) return 0
  if (hour < 12) return 1
  if (hour < 18) return 2
  return 3
}

/** "4 business hours", "90 minutes"... in the locale. */
export function describeTarget(minutes: number, businessTime: boolean, locale: AutoAckLocale): string {
  const hours = minutes % 60 === 0 ? minutes / 60 : null
  const n = hours ?? minutes
  if (locale === "ko") return `${businessTime ? "영업시간 기준 " : ""}${n}${hours !== null ? "시간" : "분"}`
  if (locale === "el") {
    const unit = hours !== null ? (n === 1 ? ["ώρα", "εργάσιμη ώρα"] : ["ώρες", "εργάσιμες ώρες"]) : n === 1 ? ["λεπτό", "εργάσιμο λεπτό"] : ["λεπτά", "εργάσιμα λεπτά"]
    return `${n} ${businessTime ? unit[1] : unit[0]}`
  }
  const unit = hours !== null ? (n === 1 ? "hour" : "hours") : n === 1 ? "minute" : "minutes"
  return `${n} ${businessTime ? "business " : ""}${unit}`
}

/** "Seoul" from "Asia/Seoul", "New York" from "America/New_York". */
export function cityOf(zone: string): string {
  return (zone.split("/").pop() ?? zone).replace(/_/g, " ")
}

export type AutoAckInput = {
  now: Date
  locale: AutoAckLocale
  /** The ticket's response due time (null: no SLA policy, no promise made). */
  due: Date | null
  target_minutes: number | null
  /** The policy's schedule's zone (null: around the clock, then the zone of `fallback_zone`). */
  timezone: string | null
  within_hours: boolean
  ticket_number: string | number
  name: string | null
  fallback_zone?: string
}

/** The variant and the placeholder values for one acknowledgement. */
export function autoAckValues(input: AutoAckInput): { variant: AutoAckVariant; values: Record<string, string> } {
  const zone = input.timezone ?? input.fallback_zone ?? "UTC"
  const values: Record<string, string> = {
    ticket_number: String(input.ticket_number),
    name: input.name?.trim() || FALLBACK_NAME[input.locale],
    city: cityOf(zone),
  }
  if (!input.due || input.target_minutes === null) return { variant: "no_target", values }
  const now = DateTime.fromJSDate(input.now, { zone }).setLocale(input.locale)
  const due = DateTime.fromJSDate(input.due, { zone }).setLocale(input.locale)
  const days = due.startOf("day").diff(now.startOf("day"), "days").days
  const time = due.toFormat("HH:mm")
  const rel = RELATIVE[input.locale]
  // The weekday rather than "tomorrow": a shopper writing at 23:59 reads "tomorrow" either way.
  const day = days < 1 ? rel.today : days < 7 ? due.toFormat("cccc") : due.toFormat("cccc d LLLL")
  values.target = describeTarget(input.target_minutes, !!input.timezone, input.locale)
  values.expected_at = rel.by(day, time)
  values.now = `${now.toFormat("cccc")} ${DAY_PART[input.locale][dayPart(now.hour)]}`
  return { variant: input.within_hours ? "in_hours" : "out_of_hours", values }
}

export function renderAutoAck(template: string, values: Record<string, string>): string {
  return template
    .replace(PLACEHOLDER, (_, key: string) => values[key] ?? "")
    .replace(/ {2,}/g, " ")
    .replace(/ ([,.!?])/g, "$1")
    .trim()
}
