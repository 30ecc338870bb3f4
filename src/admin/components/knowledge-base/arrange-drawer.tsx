import { Button, Drawer, Label, Select, Tabs, Text, toast } from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { useArticleCategories, useArticlesToArrange, useReorderArticleCategories, useReorderArticles } from "../../hooks/articles"
import { positionsForOrder, Positioned } from "../../lib/positions"
import { ErrorState, errorMessage } from "../common/states"
import { ReorderItem, ReorderList } from "./reorder-list"

const LOCALES = ["en", "ko", "el"]
const ALL = "__all__"
const NONE = "__none__"

type Row = Positioned & ReorderItem

/** The order a list is shown in while it is being arranged: ids, reset when the list changes. */
function useDraft(rows: Row[]) {
  const [ids, setIds] = useState<string[]>([])
  const key = rows.map((r) => `${r.id}:${r.position}`).join(",")
  useEffect(() => setIds(rows.map((r) => r.id)), [key])
  const byId = useMemo(() => new Map(rows.map((r) => [r.id, r])), [key])
  const ordered = ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []))
  const moved = ordered.some((r, i) => r.id !== rows[i]?.id)
  return { ordered, setIds, changes: moved ? positionsForOrder(ordered) : [] }
}

/**
 * Settings → Support → Knowledge base → Arrange: the order of one language's articles (all, or
 * one category's) and of the categories, as the help center shows them. Saved through
 * POST /admin/support/articles/reorder and /admin/support/article-categories/reorder.
 */
export const ArrangeDrawer = () => {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [tab, setTab] = useState<"articles" | "categories">("articles")
  const [locale, setLocale] = useState("en")
  const [category, setCategory] = useState(ALL)
  const articles = useArticlesToArrange(locale, open)
  const categories = useArticleCategories()
  const saveArticles = useReorderArticles()
  const saveCategories = useReorderArticleCategories()

  const articleRows: Row[] = useMemo(
    () =>
      (articles.data?.articles ?? [])
        .filter((a) => category === ALL || (category === NONE ? !a.category_id : a.category_id === category))
        .map((a) => ({ id: a.id, position: a.position, label: a.title, lang: a.locale, detail: a.published ? a.category?.title : [a.category?.title, t("helpdesk.kb.draft")].filter(Boolean).join(" · ") })),
    [articles.data, category, t]
  )
  const categoryRows: Row[] = useMemo(
    () => (categories.data?.article_categories ?? []).map((c) => ({ id: c.id, position: c.position, label: c.title, detail: c.handle })),
    [categories.data]
  )
  const articleDraft = useDraft(articleRows)
  const categoryDraft = useDraft(categoryRows)
  const draft = tab === "articles" ? articleDraft : categoryDraft
  const saving = saveArticles.isPending || saveCategories.isPending

  const save = async () => {
    if (!draft.changes.length) return
    try {
      await (tab === "articles" ? saveArticles : saveCategories).mutateAsync(draft.changes)
      toast.success(t("helpdesk.kb.arrange.saved"))
    } catch (err) {
      toast.error(t("helpdesk.kb.failed"), { description: errorMessage(err) })
    }
  }

  const truncated = (articles.data?.count ?? 0) > (articles.data?.articles.length ?? 0)

  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">{t("helpdesk.kb.arrange.open")}</Button>
      </Drawer.Trigger>
      <Drawer.Content data-testid="helpdesk-kb-arrange">
        <Drawer.Header>
          <Drawer.Title>{t("helpdesk.kb.arrange.title")}</Drawer.Title>
          <Drawer.Description>{t("helpdesk.kb.arrange.hint")}</Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          <Tabs value={tab} onValueChange={(v) => setTab(v as typeof tab)}>
            <Tabs.List>
              <Tabs.Trigger value="articles">{t("helpdesk.kb.arrange.articles")}</Tabs.Trigger>
              <Tabs.Trigger value="categories">{t("helpdesk.kb.arrange.categories")}</Tabs.Trigger>
            </Tabs.List>
            <Tabs.Content value="articles" className="flex flex-col gap-y-4 pt-4">
              <div className="flex gap-x-2">
                <div className="flex flex-1 flex-col gap-y-1.5">
                  <Label htmlFor="helpdesk-arrange-locale" size="small" weight="plus">{t("helpdesk.kb.columns.locale")}</Label>
                  <Select value={locale} onValueChange={setLocale}>
                    <Select.Trigger id="helpdesk-arrange-locale"><Select.Value /></Select.Trigger>
                    <Select.Content>
                      {LOCALES.map((l) => <Select.Item key={l} value={l}>{l}</Select.Item>)}
                    </Select.Content>
                  </Select>
                </div>
                <div className="flex flex-1 flex-col gap-y-1.5">
                  <Label htmlFor="helpdesk-arrange-category" size="small" weight="plus">{t("helpdesk.kb.columns.category")}</Label>
                  <Select value={category} onValueChange={setCategory}>
                    <Select.Trigger id="helpdesk-arrange-category"><Select.Value /></Select.Trigger>
                    <Select.Content>
                      <Select.Item value={ALL}>{t("helpdesk.kb.arrange.allCategories")}</Select.Item>
                      {categoryRows.map((c) => <Select.Item key={c.id} value={c.id}>{c.label}</Select.Item>)}
                      <Select.Item value={NONE}>{t("helpdesk.kb.form.noCategory")}</Select.Item>
                    </Select.Content>
                  </Select>
                </div>
              </div>
              {articles.isError ? (
                <ErrorState onRetry={() => articles.refetch()} />
              ) : articles.isLoading ? (
                <Text size="small" className="text-ui-fg-subtle">{t("helpdesk.kb.arrange.loading")}</Text>
              ) : articleDraft.ordered.length ? (
                <ReorderList items={articleDraft.ordered} onChange={(items) => articleDraft.setIds(items.map((i) => i.id))} testId="helpdesk-kb-arrange-articles" />
              ) : (
                <Text size="small" className="text-ui-fg-subtle">{t("helpdesk.kb.emptyFiltered")}</Text>
              )}
              {truncated && <Text size="xsmall" className="text-ui-fg-subtle">{t("helpdesk.kb.arrange.truncated", { count: articles.data?.articles.length ?? 0 })}</Text>}
            </Tabs.Content>
            <Tabs.Content value="categories" className="flex flex-col gap-y-4 pt-4">
              {categories.isError ? (
                <ErrorState onRetry={() => categories.refetch()} />
              ) : categoryDraft.ordered.length ? (
                <ReorderList items={categoryDraft.ordered} onChange={(items) => categoryDraft.setIds(items.map((i) => i.id))} testId="helpdesk-kb-arrange-categories" />
              ) : (
                <Text size="small" className="text-ui-fg-subtle">{t("helpdesk.kb.arrange.noCategories")}</Text>
              )}
            </Tabs.Content>
          </Tabs>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary" type="button">{t("helpdesk.kb.form.cancel")}</Button>
          </Drawer.Close>
          <Button size="small" type="button" onClick={save} isLoading={saving} disabled={!draft.changes.length}>
            {t("helpdesk.kb.arrange.save")}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
