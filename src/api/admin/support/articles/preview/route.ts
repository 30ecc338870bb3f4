import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { renderArticleHtml } from "../../../../../modules/helpdesk/domain/articles/markdown"
import { AdminPreviewArticleType } from "../validators"

/** The editor's live preview: a draft body rendered exactly as saving would render it; nothing is saved. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminPreviewArticleType>, res: MedusaResponse) => {
  res.json({ body_html: renderArticleHtml(req.validatedBody.body) })
}
