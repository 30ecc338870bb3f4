import { defineRouteConfig } from "@medusajs/admin-sdk"
import {
  Button,
  Container,
  createDataTableColumnHelper,
  DataTable,
  DataTablePaginationState,
  Heading,
  Text,
  toast,
  useDataTable,
  usePrompt,
} from "@medusajs/ui"
import { useMemo, useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { CannedReplyEditor } from "../../../components/canned-replies/canned-reply-editor"
import { ErrorState, errorMessage } from "../../../components/common/states"
import { useCannedReplies, useDeleteCannedReply } from "../../../hooks/canned-replies"
import { CannedReply } from "../../../lib/types"

const PAGE_SIZE = 20
const column = createDataTableColumnHelper<CannedReply>()

/** Settings → Support: the canned replies agents insert from the ticket page. */
const SupportSettingsPage = () => {
  const [q, setQ] = useState("")
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const [editing, setEditing] = useState<{ reply: CannedReply | null } | null>(null)
  const { data, isLoading, isError, refetch } = useCannedReplies({ q, limit: PAGE_SIZE, offset: pagination.pageIndex * PAGE_SIZE })
  const remove = useDeleteCannedReply()
  const prompt = usePrompt()
  const { t } = useTranslation()
  // Read through a ref so the columns (and an open row menu) survive re-renders.
  const confirmDelete = useRef(async (_reply: CannedReply) => {})
  confirmDelete.current = async (reply: CannedReply) => {
    const confirmed = await prompt({
      title: t("helpdesk.canned.areYouSure"),
      description: t("helpdesk.canned.confirmDelete", { title: reply.title }),
      confirmText: t("helpdesk.canned.confirm"),
      cancelText: t("helpdesk.canned.cancel"),
    })
    if (!confirmed) return
    try {
      await remove.mutateAsync(reply.id)
      toast.success(t("helpdesk.canned.deleted"))
    } catch (err) {
      toast.error(t("helpdesk.canned.deleteFailed"), { description: errorMessage(err) })
    }
  }

  const columns = useMemo(
    () => [
      column.accessor("title", {
        header: t("helpdesk.canned.columns.title"),
        cell: ({ row }) => (
          <button type="button" className="hover:text-ui-fg-interactive truncate text-left" onClick={() => setEditing({ reply: row.original })}>
            {row.original.title}
          </button>
        ),
      }),
      column.accessor("shortcut", { header: t("helpdesk.canned.columns.shortcut"), cell: ({ getValue }) => (getValue() ? `/${getValue()}` : "—") }),
      column.accessor("category", { header: t("helpdesk.canned.columns.category"), cell: ({ getValue }) => getValue() ?? "—" }),
      column.accessor("locale", { header: t("helpdesk.canned.columns.locale"), cell: ({ getValue }) => getValue() ?? "—" }),
      column.accessor("usage_count", { header: t("helpdesk.canned.columns.usage"), cell: ({ getValue }) => t("helpdesk.canned.used", { count: getValue() }) }),
      column.action({
        actions: ({ row }) => [
          { label: t("helpdesk.canned.edit"), onClick: () => setEditing({ reply: row.original }) },
          { label: t("helpdesk.canned.delete"), onClick: () => confirmDelete.current(row.original) },
        ],
      }),
    ],
    [t]
  )

  const table = useDataTable({
    columns,
    data: data?.canned_replies ?? [],
    getRowId: (r) => r.id,
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

  return (
    <Container className="divide-y p-0" data-testid="helpdesk-canned-replies">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>{t("helpdesk.canned.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">{t("helpdesk.canned.subtitle")}</Text>
        </div>
        <div className="flex items-center gap-x-2">
          <Button size="small" variant="transparent" asChild>
            <Link to="/settings/support/email">{t("helpdesk.email.settingsLink")}</Link>
          </Button>
          <Button size="small" variant="transparent" asChild>
            <Link to="/settings/support/knowledge-base">{t("helpdesk.kb.open")}</Link>
          </Button>
          <Button size="small" variant="transparent" asChild>
            <Link to="/settings/support/business-hours">{t("helpdesk.sla.hours.title")}</Link>
          </Button>
          <Button size="small" variant="transparent" asChild>
            <Link to="/settings/support/sla-policies">{t("helpdesk.sla.policies.title")}</Link>
          </Button>
          <Button size="small" variant="transparent" asChild>
            <Link to="/settings/support/auto-acknowledge">{t("helpdesk.sla.autoAckLink")}</Link>
          </Button>
          <Button size="small" variant="transparent" asChild>
            <Link to="/settings/support/surveys">{t("helpdesk.survey.settingsLink")}</Link>
          </Button>
          <Button size="small" variant="secondary" onClick={() => setEditing({ reply: null })}>
            {t("helpdesk.canned.create")}
          </Button>
        </div>
      </div>
      {isError ? (
        <ErrorState onRetry={() => refetch()} />
      ) : (
        <DataTable instance={table}>
          <DataTable.Toolbar>
            <DataTable.Search placeholder={t("helpdesk.canned.search")} />
          </DataTable.Toolbar>
          <DataTable.Table
            emptyState={{
              empty: { heading: t("helpdesk.canned.empty"), description: t("helpdesk.canned.emptyHint") },
              filtered: { heading: t("helpdesk.canned.emptyFiltered") },
            }}
          />
          <DataTable.Pagination />
        </DataTable>
      )}
      <CannedReplyEditor reply={editing?.reply ?? null} open={!!editing} onOpenChange={(open) => !open && setEditing(null)} />
    </Container>
  )
}

// The label is a key: the dashboard translates it (translationNs must be a string literal).
export const config = defineRouteConfig({ label: "helpdesk.nav.support", translationNs: "translation" })

export default SupportSettingsPage
