import { z } from "@medusajs/framework/zod"
import { safeText } from "../../../../modules/helpdesk/domain/text"
import { findParams, selectParams } from "../../../utils/schemas"
import { handle, position } from "../articles/validators"

const title = safeText({ min: 1, max: 200, trim: true })
const description = safeText({ max: 2000, trim: true })

export const AdminListArticleCategories = findParams().omit({ order: true }).strict()
export type AdminListArticleCategoriesType = z.infer<typeof AdminListArticleCategories>

export const AdminGetArticleCategory = selectParams()

export const AdminCreateArticleCategory = z
  .object({ title, handle: handle.optional(), description: description.nullable().optional(), position: position.optional() })
  .strict()
export type AdminCreateArticleCategoryType = z.infer<typeof AdminCreateArticleCategory>

export const AdminUpdateArticleCategory = z
  .object({ title: title.optional(), handle: handle.optional(), description: description.nullable().optional(), position: position.optional() })
  .strict()
export type AdminUpdateArticleCategoryType = z.infer<typeof AdminUpdateArticleCategory>
