import {
  Badge,
  Button,
  Container,
  createDataTableColumnHelper,
  DataTable,
  DataTablePaginationState,
  Heading,
  Select,
  Text,
  toast,
  useDataTable,
  usePrompt,
} from "@medusajs/ui"
import { useMemo, useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import { ArrangeDrawer } from "../../../../components/knowledge-base/arrange-drawer"
import { ArticleEditor } from "../../../../components/knowledge-base/article-editor"
import { ErrorState, errorMessage } from "../../../../components/common/states"
import { useArticles, useDeleteArticle, useSetArticlePublished } from "../../../../hooks/articles"
import { Article } from "../../../../lib/types"

const PAGE_SIZE = 20
const ALL = "__all__"
const LOCALES = ["en", "ko", "el"]
const column = createDataTableColumnHelper<Article>()

type Editing = { article: Article | null; source?: Article | null }

/** Settings → Support → Knowledge base: articles by language and state, with the editor. */
const KnowledgeBasePage = () => {
  const [q, setQ] = useState("")
  const [locale, setLocale] = useState(ALL)
  const [state, setState] = useState<typeof ALL | "true" | "false">(ALL)
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const [editing, setEditing] = useState<Editing | null>(null)
  const { data, isLoading, isError, refetch } = useArticles({
    q,
    locale: locale === ALL ? undefined : locale,
    published: state === ALL ? undefined : state,
    limit: PAGE_SIZE,
    offset: pagination.pageIndex * PAGE_SIZE,
  })
  const remove = useDeleteArticle()
  const publish = useSetArticlePublished()
  const prompt = usePrompt()
  const { t } = useTranslation()

  // Read through refs so the columns (and an open row menu) survive re-renders.
  const actions = useRef({ remove: async (_a: Article) => {}, toggle: async (_a: Article) => {} })
  actions.current.remove = async (article: Article) => {
    const confirmed = await prompt({
      title: t("helpdesk.kb.areYouSure"),
      description: t("helpdesk.kb.confirmDelete", { title: article.title }),
      confirmText: t("helpdesk.kb.delete"),
      cancelText: t("helpdesk.kb.form.cancel"),
    })
    if (!confirmed) return
    try {
      await remove.mutateAsync(article.id)
      toast.success(t("helpdesk.kb.deleted"))
    } catch (err) {
      toast.error(t("helpdesk.kb.failed"), { description: errorMessage(err) })
    }
  }
  actions.current.toggle = async (article: Article) => {
    try {
      await publish.mutateAsync({ id: article.id, published: !article.published })
      toast.success(article.published ? t("helpdesk.kb.unpublishedToast") : t("helpdesk.kb.publishedToast"))
    } catch (err) {
      toast.error(t("helpdesk.kb.failed"), { description: errorMessage(err) })
    }
  }

  const columns = useMemo(
    () => [
      column.accessor("title", {
        header: t("helpdesk.kb.columns.title"),
        cell: ({ row }) => (
          <button type="button" lang={row.original.locale} className="hover:text-ui-fg-interactive truncate text-left" onClick={() => setEditing({ article: row.original })}>
            {row.original.title}
          </button>
        ),
      }),
      column.accessor("locale", { header: t("helpdesk.kb.columns.locale") }),
      column.accessor("category", { header: t("helpdesk.kb.columns.category"), cell: ({ getValue }) => getValue()?.title ?? "—" }),
      column.accessor("published", {
        header: t("helpdesk.kb.columns.state"),
        cell: ({ getValue }) => (
          <Badge size="2xsmall" color={getValue() ? "green" : "grey"}>{getValue() ? t("helpdesk.kb.published") : t("helpdesk.kb.draft")}</Badge>
        ),
      }),
      column.accessor("view_count", { header: t("helpdesk.kb.columns.views") }),
      column.accessor("helpful_count", {
        header: t("helpdesk.kb.columns.helpful"),
        cell: ({ row }) => `${row.original.helpful_count} / ${row.original.not_helpful_count}`,
      }),
      column.accessor("deflection_count", { header: t("helpdesk.kb.columns.deflections") }),
      column.action({
        actions: ({ row }) => [
          { label: t("helpdesk.kb.edit"), onClick: () => setEditing({ article: row.original }) },
          { label: t("helpdesk.kb.translate"), onClick: () => setEditing({ article: null, source: row.original }) },
          {
            label: row.original.published ? t("helpdesk.kb.unpublish") : t("helpdesk.kb.publish"),
            onClick: () => actions.current.toggle(row.original),
          },
          { label: t("helpdesk.kb.delete"), onClick: () => actions.current.remove(row.original) },
        ],
      }),
    ],
    [t]
  )

  const table = useDataTable({
    columns,
    data: data?.articles ?? [],
    getRowId: (a) => a.id,
    rowCount: data?.count ?? 0,
    isLoading,
    search: {
      state: q,
      onSearchChange: (v) => {
        setQ(v)
        setPagination((p) => ({ ...p, pageIndex: 0 }))
      },
      debounce: 300,
    },
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  const filter = (value: string, onChange: (v: string) => void, options: { value: string; label: string }[], label: string) => (
    <Select size="small" value={value} onValueChange={(v) => { onChange(v); setPagination((p) => ({ ...p, pageIndex: 0 })) }}>
      <Select.Trigger aria-label={label} className="w-36"><Select.Value /></Select.Trigger>
      <Select.Content>
        {options.map((o) => <Select.Item key={o.value} value={o.value}>{o.label}</Select.Item>)}
      </Select.Content>
    </Select>
  )

  return (
    <Container className="divide-y p-0" data-testid="helpdesk-knowledge-base">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>{t("helpdesk.kb.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">{t("helpdesk.kb.subtitle")}</Text>
        </div>
        <div className="flex items-center gap-x-2">
          <ArrangeDrawer />
          <Button size="small" variant="secondary" onClick={() => setEditing({ article: null })}>{t("helpdesk.kb.create")}</Button>
        </div>
      </div>
      {isError ? (
        <ErrorState onRetry={() => refetch()} />
      ) : (
        <DataTable instance={table}>
          <DataTable.Toolbar>
            <div className="flex items-center gap-x-2">
              {filter(locale, setLocale, [{ value: ALL, label: t("helpdesk.kb.allLocales") }, ...LOCALES.map((l) => ({ value: l, label: l }))], t("helpdesk.kb.columns.locale"))}
              {filter(state, (v) => setState(v as typeof state), [
                { value: ALL, label: t("helpdesk.kb.allStates") },
                { value: "true", label: t("helpdesk.kb.published") },
                { value: "false", label: t("helpdesk.kb.draft") },
              ], t("helpdesk.kb.columns.state"))}
              <DataTable.Search placeholder={t("helpdesk.kb.search")} />
            </div>
          </DataTable.Toolbar>
          <DataTable.Table
            emptyState={{
              empty: { heading: t("helpdesk.kb.empty"), description: t("helpdesk.kb.emptyHint") },
              filtered: { heading: t("helpdesk.kb.emptyFiltered") },
            }}
          />
          <DataTable.Pagination />
        </DataTable>
      )}
      <ArticleEditor
        article={editing?.article ?? null}
        source={editing?.source ?? null}
        open={!!editing}
        onOpenChange={(open) => !open && setEditing(null)}
      />
    </Container>
  )
}

export default KnowledgeBasePage
