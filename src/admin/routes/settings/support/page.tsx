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
import { CannedReplyEditor } from "../../../components/canned-replies/canned-reply-editor"
import { ErrorState, errorMessage } from "../../../components/common/states"
import { useCannedReplies, useDeleteCannedReply } from "../../../hooks/canned-replies"
import { en } from "../../../i18n/en"
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
  // Read through a ref so the columns (and an open row menu) survive re-renders.
  const confirmDelete = useRef(async (_reply: CannedReply) => {})
  confirmDelete.current = async (reply: CannedReply) => {
    const confirmed = await prompt({
      title: en.canned.areYouSure,
      description: en.canned.confirmDelete(reply.title),
      confirmText: en.canned.confirm,
      cancelText: en.canned.cancel,
    })
    if (!confirmed) return
    try {
      await remove.mutateAsync(reply.id)
      toast.success(en.canned.deleted)
    } catch (err) {
      toast.error(en.canned.deleteFailed, { description: errorMessage(err) })
    }
  }

  const columns = useMemo(
    () => [
      column.accessor("title", {
        header: en.canned.columns.title,
        cell: ({ row }) => (
          <button type="button" className="hover:text-ui-fg-interactive truncate text-left" onClick={() => setEditing({ reply: row.original })}>
            {row.original.title}
          </button>
        ),
      }),
      column.accessor("shortcut", { header: en.canned.columns.shortcut, cell: ({ getValue }) => (getValue() ? `/${getValue()}` : "—") }),
      column.accessor("category", { header: en.canned.columns.category, cell: ({ getValue }) => getValue() ?? "—" }),
      column.accessor("locale", { header: en.canned.columns.locale, cell: ({ getValue }) => getValue() ?? "—" }),
      column.accessor("usage_count", { header: en.canned.columns.usage, cell: ({ getValue }) => en.canned.used(getValue()) }),
      column.action({
        actions: ({ row }) => [
          { label: en.canned.edit, onClick: () => setEditing({ reply: row.original }) },
          { label: en.canned.delete, onClick: () => confirmDelete.current(row.original) },
        ],
      }),
    ],
    []
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
          <Heading>{en.canned.title}</Heading>
          <Text size="small" className="text-ui-fg-subtle">{en.canned.subtitle}</Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setEditing({ reply: null })}>
          {en.canned.create}
        </Button>
      </div>
      {isError ? (
        <ErrorState onRetry={() => refetch()} />
      ) : (
        <DataTable instance={table}>
          <DataTable.Toolbar>
            <DataTable.Search placeholder={en.canned.search} />
          </DataTable.Toolbar>
          <DataTable.Table
            emptyState={{
              empty: { heading: en.canned.empty, description: en.canned.emptyHint },
              filtered: { heading: en.canned.emptyFiltered },
            }}
          />
          <DataTable.Pagination />
        </DataTable>
      )}
      <CannedReplyEditor reply={editing?.reply ?? null} open={!!editing} onOpenChange={(open) => !open && setEditing(null)} />
    </Container>
  )
}

export const config = defineRouteConfig({ label: en.nav.support })

export default SupportSettingsPage
