import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../../../../modules/helpdesk/domain/constants"
import { normalizeText } from "../../../../modules/helpdesk/domain/search-tokens"
import type HelpdeskModuleService from "../../../../modules/helpdesk/service"

type Resolver = Pick<MedusaContainer, "resolve">
type AnyRecord = Record<string, any>
type Order = Record<string, "ASC" | "DESC">

export type CannedReplyFilters = { category?: string[]; locale?: string[] }
export type CannedReplyPage = { limit: number; offset: number; order?: Order }

const DEFAULT_ORDER: Order = { title: "ASC" }

export async function retrieveCannedReply(scope: Resolver, id: string, fields: string[]): Promise<AnyRecord> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "support_canned_reply", fields, filters: { id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Canned reply with id: ${id} was not found`)
  return data[0]
}

function columnFilters(filters: CannedReplyFilters): AnyRecord {
  const where: AnyRecord = {}
  if (filters.category) where.category = filters.category
  if (filters.locale) where.locale = filters.locale
  return where
}

/**
 * One page of canned replies. `q` is matched here rather than with ILIKE: Postgres' case folding
 * depends on the database locale (Greek stays upper case under 'C'), and accents should not
 * matter. Every word of `q` must occur in the title, shortcut or body. Canned replies are written
 * by hand, so the candidate set stays small.
 */
export async function listCannedReplies(
  scope: Resolver,
  filters: CannedReplyFilters & { q?: string },
  page: CannedReplyPage,
  fields: string[]
): Promise<{ canned_replies: AnyRecord[]; count: number }> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const order = page.order ?? DEFAULT_ORDER
  const where = columnFilters(filters)

  if (!filters.q) {
    const { data, metadata } = await query.graph({
      entity: "support_canned_reply",
      fields,
      filters: where,
      pagination: { skip: page.offset, take: page.limit, order: { ...order, id: "ASC" } },
    })
    return { canned_replies: data, count: metadata?.count ?? data.length }
  }

  const terms = normalizeText(filters.q).split(/\s+/).filter(Boolean)
  const helpdesk = scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const candidates = await helpdesk.listSupportCannedReplies(where, {
    select: ["id", "title", "body", "shortcut"],
    order: { ...order, id: "ASC" },
  })
  const matching = candidates
    .filter((r) => {
      const text = normalizeText(`${r.title}\n${r.shortcut ?? ""}\n${r.body}`)
      return terms.every((t) => text.includes(t))
    })
    .map((r) => r.id)
  const ids = matching.slice(page.offset, page.offset + page.limit)
  if (!ids.length) return { canned_replies: [], count: matching.length }

  const { data } = await query.graph({ entity: "support_canned_reply", fields: [...fields, "id"], filters: { id: ids } })
  const byId = new Map(data.map((r: AnyRecord) => [r.id, r]))
  return { canned_replies: ids.map((id) => byId.get(id)).filter(Boolean) as AnyRecord[], count: matching.length }
}
