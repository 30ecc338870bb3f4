import { convert, FormatCallback } from "html-to-text"

type ReplyParser = InstanceType<typeof import("email-reply-parser", { with: { "resolution-mode": "import" } }).default>
let replyParser: Promise<ReplyParser> | undefined

// email-reply-parser ships only ES modules: loaded once, with import().
function parser(): Promise<ReplyParser> {
  replyParser ??= import("email-reply-parser").then((m) => new m.default())
  return replyParser
}

export const MAX_SUBJECT_LENGTH = 200
export const MAX_BODY_LENGTH = 20_000
export const NO_SUBJECT = "(no subject)"
export const NO_TEXT = "(This email had no text.)"

// NUL is refused by Postgres text; unpaired surrogates are not UTF-8; the rest are invisible
// controls (CR/LF and tabs are handled separately).
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
const CONTROLS = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/g

const cut = (s: string, max: number) => {
  const chars = Array.from(s)
  return chars.length <= max ? s : chars.slice(0, max - 1).join("") + "…"
}

/** Text that can be stored: no NUL, no unpaired surrogates, no invisible controls. */
export function storableText(s: string): string {
  return s.replace(UNSTORABLE, "").replace(CONTROLS, "")
}

/** One line (for subjects and names): line breaks and runs of blanks become one space. */
export function oneLine(s: string | null | undefined, max: number): string {
  return cut(storableText(s ?? "").replace(/[\s\u2028\u2029]+/g, " ").trim(), max)
}

export function flattenSubject(subject: string | null | undefined): string {
  return oneLine(subject, MAX_SUBJECT_LENGTH) || NO_SUBJECT
}

// Links keep their address only when it is one a reader may follow (http, https, mailto), and
// only when it differs from the link's text.
const safeAnchor: FormatCallback = (elem, walk, builder) => {
  walk(elem.children, builder)
  const href = String(elem.attribs?.href ?? "").trim()
  if (!/^(https?:|mailto:)/i.test(href)) return
  const shown = href.replace(/^mailto:/i, "")
  const text = (elem.children ?? []).map((c: { data?: string }) => c.data ?? "").join("").trim()
  if (text !== shown && text !== href) builder.addInline(` [${href}]`)
}

/** HTML mail as plain text: scripts, styles and images dropped, quoted parts as "> " lines. */
export function htmlToPlainText(html: string): string {
  return convert(html, {
    wordwrap: false,
    formatters: { safeAnchor },
    selectors: [
      { selector: "a", format: "safeAnchor" },
      { selector: "img", format: "skip" },
      { selector: "script", format: "skip" },
      { selector: "style", format: "skip" },
      { selector: "head", format: "skip" },
      { selector: "h1", options: { uppercase: false } },
      { selector: "h2", options: { uppercase: false } },
      { selector: "h3", options: { uppercase: false } },
      { selector: "table", format: "dataTable", options: { uppercaseHeaderCells: false } },
    ],
  })
}

/**
 * The new part of a reply: quoted history ("On ... wrote:", "From: ... Sent: ...", "> " lines)
 * and the signature trimmed by email-reply-parser. A forwarded mail keeps what was forwarded.
 */
export async function replyText(text: string): Promise<string> {
  return (await parser()).parseReply(text.replace(/\r\n?/g, "\n")).trim()
}

/**
 * The body to store: the trimmed reply from the text part (or the HTML part turned into text when
 * there is no text part); when trimming leaves nothing, the untrimmed text; when the mail has no
 * text at all, a placeholder. Bounded in length and storable.
 */
export async function mailBody(text: string | null | undefined, html: string | null | undefined) {
  const fromText = storableText(text ?? "").trim()
  const source: "text" | "html" = fromText ? "text" : "html"
  const full = fromText || (html ? storableText(htmlToPlainText(html)).trim() : "")
  const trimmed = full ? await replyText(full) : ""
  const [body, used] = trimmed
    ? [trimmed, source]
    : full
      ? [full, "untrimmed" as const]
      : [NO_TEXT, "placeholder" as const]
  return { body: cut(body, MAX_BODY_LENGTH), body_source: used }
}
