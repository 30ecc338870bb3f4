import { model } from "@medusajs/framework/utils"
import SupportArticleCategory from "./support-article-category"

/**
 * A knowledge-base article in one language. Translations of the same article share a
 * `translation_group_id` (one article per locale in a group). The counters are written by
 * single UPDATE statements (service.ts), never read-modify-write.
 */
const SupportArticle = model
  .define("support_article", {
    id: model.id({ prefix: "supart" }).primaryKey(),
    title: model.text(),
    handle: model.text(),
    // Markdown as the agent wrote it; body_html is its sanitised rendering (domain/articles/markdown.ts).
    body: model.text(),
    body_html: model.text(),
    category: model.belongsTo(() => SupportArticleCategory, { mappedBy: "articles" }).nullable(),
    locale: model.text().default("en"),
    translation_group_id: model.text(),
    published: model.boolean().default(false),
    position: model.number().default(0),
    view_count: model.number().default(0),
    helpful_count: model.number().default(0),
    not_helpful_count: model.number().default(0),
    deflection_count: model.number().default(0),
    // Search tokens (domain/articles/search.ts): title + body, title alone, and the typo variants.
    // Generated tsvector columns over them are added by migration.
    search_text: model.text().default(""),
    title_search_text: model.text().default(""),
    fuzzy_search_text: model.text().default(""),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["locale", "handle"], unique: true, where: "deleted_at IS NULL" },
    { on: ["translation_group_id", "locale"], unique: true, where: "deleted_at IS NULL" },
    { on: ["locale", "published", "position"], where: "deleted_at IS NULL" },
  ])

export default SupportArticle
