/** What an agent writes on an article; counters, body_html and search columns are kept by the helpdesk. */
export type ArticleData = {
  title: string
  /** Markdown. */
  body: string
  /** Made from the title when absent (domain/articles/handle.ts). */
  handle?: string
  category_id?: string | null
  /** Canonical BCP 47 tag; default "en". */
  locale?: string
  published?: boolean
  position?: number
  metadata?: Record<string, unknown> | null
}

export type CreateArticleData = ArticleData & {
  /** Another article's id: the new one joins its translation group (one article per locale). */
  translation_of?: string | null
}

export type CreateArticlesWorkflowInput = { articles: CreateArticleData[] }
export type UpdateArticlesWorkflowInput = { id: string; update: Partial<ArticleData> }
export type DeleteArticlesWorkflowInput = { ids: string[] }
export type ReorderArticlesWorkflowInput = { positions: { id: string; position: number }[] }

export type ArticleCategoryData = { title: string; handle?: string; description?: string | null; position?: number }
export type CreateArticleCategoriesWorkflowInput = { article_categories: ArticleCategoryData[] }
export type UpdateArticleCategoriesWorkflowInput = { id: string; update: Partial<ArticleCategoryData> }
export type DeleteArticleCategoriesWorkflowInput = { ids: string[] }

export type RecordArticleVisitWorkflowInput = {
  article_id: string
  /** domain/articles/visitor-key.ts */
  visitor_key: string
} & ({ kind: "feedback"; helpful: boolean } | { kind: "deflection" })
