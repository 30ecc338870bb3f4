import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { HELPDESK_MODULE } from "../../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../../modules/helpdesk/service"

/** Every category, by position; categories have one title for all locales. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const rows = await req.scope
    .resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    .listSupportArticleCategories({}, { select: ["id", "handle", "title", "description", "position"], order: { position: "ASC", title: "ASC", id: "ASC" }, take: 500 })
  res.json({
    article_categories: rows.map((c) => ({ id: c.id, handle: c.handle, title: c.title, description: c.description ?? null, position: c.position })),
  })
}
