import { formatDate, formatDay, translator, type Messages, type Translate } from "../i18n.js"

/** Where the help center's pages live. `:handle`, `:id` and `:q` are filled in. */
export type HelpPaths = {
  home: string
  search: string
  article: string
  category: string
  contact: string
  tickets: string
  ticket: string
}

export const defaultPaths: HelpPaths = {
  home: "/help",
  search: "/help",
  article: "/help/articles/:handle",
  category: "/help?category=:handle",
  contact: "/help/contact",
  tickets: "/account/support",
  ticket: "/account/support/:id",
}

/** Props every component takes. All serialisable, so server components can pass them on. */
export type CommonProps = {
  /** The shopper's language (`en`, `ko`, `el`, or a tag like `el-GR`); sets `lang` on the container. */
  locale?: string
  /** Overrides of the built-in strings. */
  messages?: Partial<Messages>
  /** An IANA time zone for dates; default the runtime's (the browser's in client components). */
  timeZone?: string
  paths?: Partial<HelpPaths>
  className?: string
}

/** What survives a Next.js server action in production: return it instead of throwing. */
export type ActionError = { error: { status?: number; message?: string; type?: string } }
export type ActionResult<T> = Promise<T | ActionError>

export const isActionError = (v: unknown): v is ActionError =>
  !!v && typeof v === "object" && "error" in (v as any) && !!(v as any).error && !("ticket" in (v as any))

export function setup(props: CommonProps) {
  const t: Translate = translator(props.locale, props.messages)
  const paths = { ...defaultPaths, ...(props.paths ?? {}) }
  return { t, paths, lang: props.locale || "en" }
}

export function href(template: string, params: Record<string, string> = {}): string {
  return template.replace(/:(handle|id|q|attachment_id)\b/g, (m, k) => (k in params ? encodeURIComponent(params[k]) : m))
}

export const cx = (...names: (string | false | null | undefined)[]) => names.filter(Boolean).join(" ")

/** The shopper-facing message for a failed action (thrown or returned). */
export function errorMessage(t: Translate, e: unknown): string {
  const err: any = isActionError(e) ? (e as ActionError).error : e
  const status = typeof err?.status === "number" ? err.status : undefined
  if (status === 429) return t("error.tooMany")
  // 4xx messages from the API say what to fix; anything else stays generic.
  if (status && status >= 400 && status < 500 && typeof err?.message === "string" && err.message) return err.message
  return t("error.generic")
}

/** Runs an action; returns [value] or [undefined, message]. */
export async function attempt<T>(t: Translate, fn: () => Promise<T | ActionError>): Promise<[T | undefined, string | undefined]> {
  try {
    const out = await fn()
    if (isActionError(out)) return [undefined, errorMessage(t, out)]
    return [out as T, undefined]
  } catch (e) {
    return [undefined, errorMessage(t, e)]
  }
}

export const ACCEPTED_TYPES = ["image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf"]
export const MAX_FILE_BYTES = 10 * 1024 * 1024
export const MAX_FILES = 5

export const formatDateFor = (iso: string | null | undefined, p: CommonProps) => formatDate(iso, p.locale, p.timeZone)
export const formatDayFor = (iso: string | null | undefined, p: CommonProps) => formatDay(iso, p.locale, p.timeZone)
