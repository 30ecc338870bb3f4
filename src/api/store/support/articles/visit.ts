import { MedusaRequest } from "@medusajs/framework/http"
import { visitorKey } from "../../../../modules/helpdesk/domain/articles/visitor-key"
import { loadArticle } from "../../../utils/articles"
import { clientAddress } from "../../../utils/client-address"
import { recordArticleVisitWorkflow, RecordArticleVisitWorkflowInput } from "../../../../workflows/articles"
import { customerIdOf } from "../tickets/store-actor"
import { presentStoreArticle, resolveStoreArticle } from "./store-article"

/** Header a storefront may send to tell guests behind one address apart (domain/articles/visitor-key.ts). */
export const VISITOR_HEADER = "x-helpdesk-visitor"

/** Counts a vote or deflection of this visitor on the article a shopper reads under `:handle`, once; answers the article. */
export async function recordVisit(
  req: MedusaRequest,
  what: { kind: "feedback"; helpful: boolean } | { kind: "deflection" }
) {
  const article = await resolveStoreArticle(req.scope, req.params.handle, req.locale)
  const visitor_key = visitorKey({ customerId: customerIdOf(req), address: clientAddress(req), visitorId: req.get(VISITOR_HEADER) })
  await recordArticleVisitWorkflow(req.scope).run({
    input: { article_id: article.id, visitor_key, ...what } as RecordArticleVisitWorkflowInput,
  })
  return { article: presentStoreArticle(await loadArticle(req.scope, article.id)) }
}
