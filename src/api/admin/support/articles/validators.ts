import { z } from "@medusajs/framework/zod"
import { HANDLE_PATTERN, MAX_HANDLE_LENGTH } from "../../../../modules/helpdesk/domain/articles/handle"
import { safeText } from "../../../../modules/helpdesk/domain/text"
import { findParams, id, jsonObject, locale, oneOrMany, searchQuery, selectParams } from "../../../utils/schemas"

export const articleTitle = safeText({ min: 1, max: 200, trim: true })
/** Markdown; 100,000 characters is a long article. */
export const articleBody = safeText({ min: 1, max: 100_000 })
export const handle = safeText({ min: 1, max: MAX_HANDLE_LENGTH, trim: true }).refine((h) => HANDLE_PATTERN.test(h), {
  message: "must be lower-case letters and digits joined by dashes, e.g. returns-and-refunds",
})
export const position = z.number().int().min(0).max(1_000_000)
const booleanParam = z.enum(["true", "false"]).transform((v) => v === "true")

export const AdminListArticles = findParams()
  .omit({ order: true })
  .extend({
    q: searchQuery.optional(),
    category_id: oneOrMany(id).optional(),
    locale: oneOrMany(locale).optional(),
    published: booleanParam.optional(),
  })
  .strict()
export type AdminListArticlesType = z.infer<typeof AdminListArticles>

export const AdminGetArticle = selectParams()

const editable = {
  title: articleTitle,
  body: articleBody,
  handle: handle.optional(),
  category_id: id.nullable().optional(),
  locale: locale.optional(),
  published: z.boolean().optional(),
  position: position.optional(),
  metadata: jsonObject.nullable().optional(),
}

export const AdminCreateArticle = z.object({ ...editable, translation_of: id.optional() }).strict()
export type AdminCreateArticleType = z.infer<typeof AdminCreateArticle>

export const AdminUpdateArticle = z
  .object({ ...editable, title: articleTitle.optional(), body: articleBody.optional() })
  .strict()
export type AdminUpdateArticleType = z.infer<typeof AdminUpdateArticle>

export const AdminPreviewArticle = z.object({ body: safeText({ max: 100_000 }) }).strict()
export type AdminPreviewArticleType = z.infer<typeof AdminPreviewArticle>

export const AdminReorder = z
  .object({ positions: z.array(z.object({ id, position }).strict()).min(1).max(500) })
  .strict()
export type AdminReorderType = z.infer<typeof AdminReorder>
