import { flattenHeaderValue } from "../headers"
import { MailKind, MailLocale, mailLocale } from "./kinds"
import { COMMON, MailStrings, STRINGS } from "./strings"

/** Host overrides (option `email.templates`): per kind, per locale or "*" for all, any of the strings. */
export type MailTemplateOverrides = Partial<Record<MailKind, Partial<Record<MailLocale | "*", Partial<MailStrings>>>>>

export type ThreadEntry = { author: string; body: string; at?: string | Date | null }

export type MailInput = {
  kind: MailKind
  /** The ticket's locale (any BCP 47-ish form). */
  locale?: string | null
  store: string
  number?: number | string | null
  /** The ticket's subject: text the requester typed. */
  subject?: string | null
  /** The requester's name: text the requester typed. */
  name?: string | null
  agent?: string | null
  /** The ticket merged into (merged mail). */
  target?: number | string | null
  /** The ticket's page (storefront for shoppers, admin for agents). */
  link?: string | null
  /** guest_link: one private link per ticket. */
  links?: { number: number | string; url: string }[]
  /** solved: the satisfaction survey's first question and its signed link (docs/automation.md). */
  survey?: { question: string; url: string } | null
  /** The excerpt shown under the intro, oldest first (public messages only: the caller's rule). */
  thread?: ThreadEntry[]
  /**
   * false for mail to a requester who has not proved their address, sent without an agent acting:
   * nothing they typed (subject, name, thread) goes into it, whatever the templates say.
   */
  quote: boolean
}

export type RenderedMail = { subject: string; text: string; html: string }

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c])
}

/** Only http(s) links are rendered as links. */
function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null
  try {
    const parsed = new URL(url)
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.toString() : null
  } catch {
    return null
  }
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{([a-z]+)\}/g, (_, key: string) => values[key] ?? "")
}

function stringsFor(kind: MailKind, locale: MailLocale, overrides?: MailTemplateOverrides): MailStrings {
  const own = overrides?.[kind]
  return { ...STRINGS[locale][kind], ...(own?.["*"] ?? {}), ...(own?.[locale] ?? {}) }
}

function when(at: ThreadEntry["at"]): string {
  if (!at) return ""
  const date = at instanceof Date ? at : new Date(at)
  return Number.isNaN(date.getTime()) ? "" : date.toISOString().slice(0, 16).replace("T", " ") + " UTC"
}

export function renderMail(input: MailInput, overrides?: MailTemplateOverrides): RenderedMail {
  const locale = mailLocale(input.locale)
  const strings = stringsFor(input.kind, locale, overrides)
  const common = COMMON[locale]
  const one = (v: string | number | null | undefined) => (v === null || v === undefined ? "" : flattenHeaderValue(String(v), 200))
  const values: Record<string, string> = {
    store: one(input.store),
    number: one(input.number),
    target: one(input.target),
    agent: one(input.agent),
    subject: input.quote ? one(input.subject) : "",
    name: input.quote ? one(input.name) : "",
  }
  const link = safeUrl(input.link)
  const thread = input.quote ? (input.thread ?? []) : []
  const links = (input.links ?? []).flatMap((l) => {
    const url = safeUrl(l.url)
    return url ? [{ number: one(l.number), url }] : []
  })

  const surveyUrl = safeUrl(input.survey?.url)
  const survey = surveyUrl && input.survey ? { question: flattenHeaderValue(input.survey.question, 300), url: surveyUrl } : null

  const subject = flattenHeaderValue(fill(strings.subject, values))
  const greeting = values.name ? fill(common.greeting, values) : common.greetingAnonymous
  const heading = fill(strings.heading, values)
  const intro = fill(strings.intro, values)
  const action = fill(strings.action, values)
  const footer = fill(common.footer, values)

  const text = [
    greeting,
    "",
    intro,
    ...(thread.length
      ? ["", `--- ${common.thread} ---`, ...thread.flatMap((m) => ["", `${one(m.author)}${m.at ? ` (${when(m.at)})` : ""}:`, m.body])]
      : []),
    ...links.flatMap((l) => ["", `#${l.number}: ${l.url}`]),
    ...(link && action ? ["", `${action}: ${link}`] : []),
    ...(survey ? ["", survey.question, `${common.surveyAction}: ${survey.url}`] : []),
    "",
    "-- ",
    footer,
    "",
  ].join("\n")

  const e = escapeHtml
  const paragraph = (s: string) => `<p style="margin:0 0 12px">${e(s)}</p>`
  const html = [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${e(subject)}</title></head>`,
    `<body style="margin:0;padding:24px;background:#f4f4f5;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;color:#18181b">`,
    `<div style="max-width:600px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">`,
    `<p style="margin:0 0 16px;color:#71717a;font-size:13px">${e(values.store)}</p>`,
    `<h1 style="margin:0 0 16px;font-size:20px">${e(heading)}</h1>`,
    paragraph(greeting),
    paragraph(intro),
    ...(thread.length
      ? [
          `<div style="margin:16px 0">`,
          ...thread.map(
            (m, i) =>
              `<div style="border-left:3px solid ${i === thread.length - 1 ? "#2563eb" : "#d4d4d8"};padding:4px 12px;margin:0 0 12px">` +
              `<p style="margin:0 0 4px;font-size:13px;color:#52525b"><strong>${e(one(m.author))}</strong>${m.at ? ` &middot; ${e(when(m.at))}` : ""}</p>` +
              `<div style="white-space:pre-wrap">${e(m.body)}</div></div>`
          ),
          `</div>`,
        ]
      : []),
    ...(links.length
      ? [`<ul style="padding-left:20px">`, ...links.map((l) => `<li><a href="${e(l.url)}">#${e(l.number)}</a></li>`), `</ul>`]
      : []),
    ...(link && action
      ? [`<p style="margin:20px 0"><a href="${e(link)}" style="background:#18181b;color:#ffffff;padding:10px 16px;border-radius:6px;text-decoration:none">${e(action)}</a></p>`]
      : []),
    ...(survey
      ? [
          `<div style="margin:24px 0 0;padding:16px;border:1px solid #e4e4e7;border-radius:6px">`,
          `<p style="margin:0 0 12px">${e(survey.question)}</p>`,
          `<p style="margin:0"><a href="${e(survey.url)}" style="color:#2563eb">${e(common.surveyAction)}</a></p>`,
          `</div>`,
        ]
      : []),
    `<p style="margin:24px 0 0;color:#71717a;font-size:12px">${e(footer)}</p>`,
    `</div></body></html>`,
  ].join("\n")

  return { subject, text, html }
}
