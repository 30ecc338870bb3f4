import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { Article, ArticleCategory } from "../lib/types"

const BASE = "/admin/support/articles"
const CATEGORIES = "/admin/support/article-categories"

export type ArticleListQuery = { q?: string; locale?: string; published?: "true" | "false"; limit: number; offset: number }

export const articleQueryKeys = {
  all: ["helpdesk", "articles"] as const,
  list: (query: ArticleListQuery) => [...articleQueryKeys.all, "list", query] as const,
  categories: ["helpdesk", "article-categories"] as const,
}

export function useArticles(query: ArticleListQuery) {
  return useQuery({
    queryKey: articleQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<{ articles: Article[]; count: number }>(BASE, {
        query: { ...query, q: query.q || undefined, locale: query.locale || undefined, published: query.published || undefined },
      }),
    placeholderData: keepPreviousData,
  })
}

export type ArticleInput = {
  title: string
  body: string
  handle?: string
  category_id?: string | null
  locale?: string
  published?: boolean
  translation_of?: string
}

export function useSaveArticle(id?: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: ArticleInput) => sdk.client.fetch<{ article: Article }>(id ? `${BASE}/${id}` : BASE, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: articleQueryKeys.all }),
  })
}

export function useSetArticlePublished() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, published }: { id: string; published: boolean }) =>
      sdk.client.fetch<{ article: Article }>(`${BASE}/${id}`, { method: "POST", body: { published } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: articleQueryKeys.all }),
  })
}

export function useDeleteArticle() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => sdk.client.fetch(`${BASE}/${id}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: articleQueryKeys.all }),
  })
}

/** A draft body rendered and sanitised as saving would, for the editor's live preview. */
export function useArticlePreview(body: string) {
  return useQuery({
    queryKey: [...articleQueryKeys.all, "preview", body],
    queryFn: () => sdk.client.fetch<{ body_html: string }>(`${BASE}/preview`, { method: "POST", body: { body } }),
    enabled: body.trim().length > 0,
    placeholderData: keepPreviousData,
  })
}

export function useArticleCategories() {
  return useQuery({
    queryKey: articleQueryKeys.categories,
    queryFn: () => sdk.client.fetch<{ article_categories: ArticleCategory[]; count: number }>(CATEGORIES, { query: { limit: 100 } }),
  })
}

export function useCreateArticleCategory() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: { title: string }) =>
      sdk.client.fetch<{ article_category: ArticleCategory }>(CATEGORIES, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: articleQueryKeys.categories }),
  })
}

// The reorder routes take at most 500 rows; the list routes 100 a page.
const ARRANGE_MAX = 500
const PAGE = 100

/** Every article of one language, in store order (position, then title), for arranging. */
export function useArticlesToArrange(locale: string, enabled: boolean) {
  return useQuery({
    queryKey: [...articleQueryKeys.all, "arrange", locale],
    queryFn: async () => {
      const articles: Article[] = []
      let count = 0
      for (let offset = 0; offset < ARRANGE_MAX; offset += PAGE) {
        const page = await sdk.client.fetch<{ articles: Article[]; count: number }>(BASE, { query: { locale, limit: PAGE, offset } })
        articles.push(...page.articles)
        count = page.count
        if (articles.length >= count || !page.articles.length) break
      }
      return { articles, count }
    },
    enabled,
  })
}

export type PositionInput = { id: string; position: number }

export function useReorderArticles() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (positions: PositionInput[]) => sdk.client.fetch(`${BASE}/reorder`, { method: "POST", body: { positions } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: articleQueryKeys.all }),
  })
}

export function useReorderArticleCategories() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (positions: PositionInput[]) => sdk.client.fetch(`${CATEGORIES}/reorder`, { method: "POST", body: { positions } }),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: articleQueryKeys.categories })
      queryClient.invalidateQueries({ queryKey: articleQueryKeys.all })
    },
  })
}
