import { model } from "@medusajs/framework/utils"

/**
 * One visitor's vote ("feedback") or deflection on one article. The unique index on
 * (article_id, visitor_key, kind) is what makes it once per visitor, whatever the server count;
 * rows are written together with the counter in one statement (service.recordArticleVisit).
 */
const SupportArticleFeedback = model
  .define("support_article_feedback", {
    id: model.id({ prefix: "supafb" }).primaryKey(),
    article_id: model.text(),
    // "customer:<id>" or "guest:<hash>" (domain/articles/visitor-key.ts); nothing in clear.
    visitor_key: model.text(),
    kind: model.enum(["feedback", "deflection"]),
    helpful: model.boolean().nullable(),
  })
  .indexes([{ on: ["article_id", "visitor_key", "kind"], unique: true }])

export default SupportArticleFeedback
