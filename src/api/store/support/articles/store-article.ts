import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../../../../modules/helpdesk/domain/constants"
import { localePreference, primaryLanguage } from "../../../../modules/helpdesk/domain/articles/handle"
import type HelpdeskModuleService from "../../../../modules/helpdesk/service"
import { loadArticle } from "../../../utils/articles"

type Resolver = Pick<MedusaContainer, "resolve">
type AnyRecord = Record<string, any>

// A shopper's view is built from these allowlists: no Markdown source, no draft state, no counters.
const LIST_FIELDS = ["id", "handle", "title", "locale", "updated_at"] as const
const DETAIL_FIELDS = ["id", "handle", "title", "body_html", "locale", "updated_at"] as const

const pick = (row: AnyRecord, fields: readonly string[]) => Object.fromEntries(fields.map((f) => [f, row[f] ?? null]))
const storeCategory = (c: AnyRecord | null) => (c ? pick(c, ["id", "handle", "title"]) : null)

/** An article in a store list: no body, its category. */
export function presentStoreArticleSummary(a: AnyRecord) {
  return { ...pick(a, LIST_FIELDS), category: storeCategory(a.category) }
}

/** One article as a shopper reads it: rendered HTML, category, and its published translations. */
export function presentStoreArticle(a: AnyRecord) {
  return {
    ...pick(a, DETAIL_FIELDS),
    category: storeCategory(a.category),
    translations: (a.translations ?? [])
      .filter((t: AnyRecord) => t.published)
      .map((t: AnyRecord) => pick(t, ["locale", "handle", "title"])),
  }
}

/** The locales a store list shows for a request locale: the tag and its language; English without one. */
export function storeListLocales(requested: string | null | undefined): string[] {
  return requested ? localePreference(requested).filter((l) => l !== "en" || requested.startsWith("en")) : ["en"]
}

/**
 * The published article a shopper asking for `handle` in `requested` should read:
 * 1. of the published articles with that handle, the one in the best locale (the request's tag,
 *    its language, English), else the oldest in any locale;
 * 2. then, when that one is in another language than asked, its published translation in the
 *    asked language if there is one (a Korean shopper following an English link reads Korean).
 * Unpublished or deleted articles are never chosen: 404, the same as an unknown handle.
 */
export async function resolveStoreArticle(scope: Resolver, handle: string, requested: string | null | undefined) {
  const helpdesk = scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const candidates = await helpdesk.listSupportArticles(
    { handle, published: true },
    { select: ["id", "locale", "translation_group_id", "created_at"], order: { created_at: "ASC" }, take: 50 }
  )
  const preference = localePreference(requested)
  const rank = (locale: string) => {
    const i = preference.findIndex((p) => p.toLowerCase() === locale.toLowerCase())
    return i === -1 ? preference.length : i
  }
  const best = [...candidates].sort((a, b) => rank(a.locale) - rank(b.locale))[0]
  if (!best) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Article ${handle} was not found`)
  let chosen = best.id
  const asked = requested ? [...new Set([requested, primaryLanguage(requested)])] : []
  if (asked.length && !asked.some((l) => l.toLowerCase() === best.locale.toLowerCase())) {
    const translations = await helpdesk.listSupportArticles(
      { translation_group_id: best.translation_group_id, published: true, locale: asked },
      { select: ["id", "locale"] }
    )
    const t = translations.sort((a, b) => rank(a.locale) - rank(b.locale))[0]
    if (t) chosen = t.id
  }
  return loadArticle(scope, chosen)
}
