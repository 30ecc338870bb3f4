import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../../modules/helpdesk/domain/constants"
import { ArticleSearchFilters } from "../../modules/helpdesk/domain/articles/search"
import type HelpdeskModuleService from "../../modules/helpdesk/service"

type Resolver = Pick<MedusaContainer, "resolve">
type AnyRecord = Record<string, any>

// Columns read for any article answer (never the search columns, the largest of a row).
const ARTICLE_SELECT = [
  "id", "title", "handle", "body", "body_html", "category_id", "locale", "translation_group_id", "published",
  "position", "view_count", "helpful_count", "not_helpful_count", "deflection_count", "metadata", "created_at", "updated_at",
]
const CATEGORY_FIELDS = ["id", "title", "handle", "description", "position"] as const
const TRANSLATION_SELECT = ["id", "translation_group_id", "locale", "handle", "title", "published"]

/** Articles by id (in that order), each with its category and its group's other articles. */
export async function loadArticles(scope: Resolver, ids: string[]): Promise<AnyRecord[]> {
  if (!ids.length) return []
  const helpdesk = scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const rows = await helpdesk.listSupportArticles({ id: ids }, { select: ARTICLE_SELECT })
  const categoryIds = [...new Set(rows.map((r) => r.category_id).filter(Boolean))] as string[]
  const groups = [...new Set(rows.map((r) => r.translation_group_id))]
  const [categories, siblings] = await Promise.all([
    categoryIds.length ? helpdesk.listSupportArticleCategories({ id: categoryIds }, { select: [...CATEGORY_FIELDS] }) : [],
    helpdesk.listSupportArticles({ translation_group_id: groups }, { select: TRANSLATION_SELECT, order: { locale: "ASC" } }),
  ])
  const byId = new Map(rows.map((r) => [r.id, r as AnyRecord]))
  return ids.flatMap((id) => {
    const a = byId.get(id)
    if (!a) return []
    return [
      {
        ...a,
        category: categories.find((c) => c.id === a.category_id) ?? null,
        translations: siblings.filter((s) => s.translation_group_id === a.translation_group_id && s.id !== a.id),
      },
    ]
  })
}

export async function loadArticle(scope: Resolver, id: string): Promise<AnyRecord> {
  const [article] = await loadArticles(scope, [id])
  if (!article) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Article with id: ${id} was not found`)
  return article
}

/**
 * A page of articles, best match first, with the count of all matches; `summary` (store lists):
 * without bodies, counters and translations.
 */
export async function searchArticles(
  scope: Resolver,
  filters: ArticleSearchFilters,
  page: { limit: number; offset: number },
  opts: { summary?: boolean } = {}
): Promise<{ articles: AnyRecord[]; count: number }> {
  const helpdesk = scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  if (opts.summary) {
    // The search statement answers a summary's columns and category itself: no second read.
    const { rows, count } = await helpdesk.searchArticleRows(filters, page, { summary: true })
    return { articles: rows.map((r) => ({ ...r, translations: [] })), count }
  }
  const { ids, count } = await helpdesk.searchArticleIds(filters, page)
  return { articles: await loadArticles(scope, ids), count }
}

const pick = (row: AnyRecord, fields: readonly string[]) => Object.fromEntries(fields.map((f) => [f, row[f] ?? null]))

const ADMIN_FIELDS = [
  "id", "title", "handle", "body", "body_html", "category_id", "locale", "translation_group_id", "published", "position",
  "view_count", "helpful_count", "not_helpful_count", "deflection_count", "metadata", "created_at", "updated_at",
] as const

/** An article as agents see it: everything but the search columns; translations with their state. */
export function presentAdminArticle(a: AnyRecord) {
  return {
    ...pick(a, ADMIN_FIELDS),
    category: a.category ? pick(a.category, CATEGORY_FIELDS) : null,
    translations: (a.translations ?? []).map((t: AnyRecord) => pick(t, ["id", "locale", "handle", "title", "published"])),
  }
}

export function presentCategory(c: AnyRecord) {
  return pick(c, [...CATEGORY_FIELDS, "created_at", "updated_at"])
}
