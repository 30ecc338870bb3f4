import { z } from "@medusajs/framework/zod"
import { findParams, searchQuery } from "../../../utils/schemas"
import { handle } from "../../../admin/support/articles/validators"

// `locale` never reaches these schemas: Medusa's applyLocale takes it off the query (req.locale).
export const StoreListArticles = findParams()
  .omit({ order: true })
  .extend({ q: searchQuery.optional(), category: handle.optional() })
  .strict()
export type StoreListArticlesType = z.infer<typeof StoreListArticles>

export const StoreGetArticle = z.object({}).strict()

export const StoreArticleFeedback = z.object({ helpful: z.boolean() }).strict()
export type StoreArticleFeedbackType = z.infer<typeof StoreArticleFeedback>

export const StoreArticleDeflected = z.object({}).strict()

export const StoreSuggestions = z.object({ q: searchQuery }).strict()
export type StoreSuggestionsType = z.infer<typeof StoreSuggestions>
