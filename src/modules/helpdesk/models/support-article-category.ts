import { model } from "@medusajs/framework/utils"
import SupportArticle from "./support-article"

const SupportArticleCategory = model
  .define("support_article_category", {
    id: model.id({ prefix: "supcat" }).primaryKey(),
    title: model.text(),
    handle: model.text(),
    description: model.text().nullable(),
    position: model.number().default(0),
    articles: model.hasMany(() => SupportArticle, { mappedBy: "category" }),
  })
  .indexes([{ on: ["handle"], unique: true, where: "deleted_at IS NULL" }])

export default SupportArticleCategory
