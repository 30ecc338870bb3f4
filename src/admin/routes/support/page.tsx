import { defineRouteConfig } from "@medusajs/admin-sdk"
import {
  Button,
  Container,
  createDataTableCommandHelper,
  createDataTableFilterHelper,
  DataTable,
  DataTableRowSelectionState,
  Heading,
  Tabs,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useNavigate } from "react-router-dom"
import { BulkActionDrawer, BulkKind } from "../../components/inbox/bulk-action-drawer"
import { useInboxColumns } from "../../components/inbox/inbox-columns"
import { INBOX_VIEWS, InboxView } from "../../components/inbox/inbox-views"
import { useInboxState } from "../../components/inbox/use-inbox-state"
import { CreateTicketDrawer } from "../../components/create-ticket/create-ticket-drawer"
import { ErrorState } from "../../components/common/states"
import { SupportNavIcon } from "../../components/common/support-nav-icon"
import { useTickets } from "../../hooks/tickets"
import { useAdminUsers, userName } from "../../hooks/users"
import { en } from "../../i18n/en"
import { AdminTicket } from "../../lib/types"

const filterHelper = createDataTableFilterHelper<AdminTicket>()
const commandHelper = createDataTableCommandHelper()
const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }))

const SupportInboxPage = () => {
  const state = useInboxState()
  const navigate = useNavigate()
  const { data: users } = useAdminUsers()
  const { data, isLoading, isError, refetch } = useTickets(state.query)
  const columns = useInboxColumns(users)
  const [selection, setSelection] = useState<DataTableRowSelectionState>({})
  const [bulk, setBulk] = useState<{ kind: BulkKind; ids: string[] } | null>(null)

  const filters = useMemo(
    () => [
      filterHelper.accessor("status", { type: "multiselect", label: en.inbox.filters.status, options: options(en.status) }),
      filterHelper.accessor("priority", { type: "multiselect", label: en.inbox.filters.priority, options: options(en.priority) }),
      filterHelper.accessor("channel", { type: "multiselect", label: en.inbox.filters.channel, options: options(en.channel) }),
      filterHelper.accessor("assignee_id", {
        type: "select",
        label: en.inbox.filters.assignee,
        options: [
          { value: "me", label: en.inbox.me },
          { value: "none", label: en.inbox.unassigned },
          ...(users ?? []).map((u) => ({ value: u.id, label: userName(u) })),
        ],
      }),
      filterHelper.accessor("category", { type: "string", label: en.inbox.filters.category }),
      filterHelper.accessor("tags", { type: "string", label: en.inbox.filters.tag }),
    ],
    [users]
  )

  const commands = useMemo(() => {
    const open = (kind: BulkKind) => (sel: DataTableRowSelectionState) =>
      setBulk({ kind, ids: Object.keys(sel).filter((id) => sel[id]) })
    return [
      commandHelper.command({ label: en.inbox.bulk.assign, shortcut: "a", action: open("assign") }),
      commandHelper.command({ label: en.inbox.bulk.status, shortcut: "s", action: open("status") }),
      commandHelper.command({ label: en.inbox.bulk.priority, shortcut: "p", action: open("priority") }),
      commandHelper.command({ label: en.inbox.bulk.tag, shortcut: "t", action: open("tag") }),
    ]
  }, [])

  const table = useDataTable({
    columns,
    data: data?.tickets ?? [],
    getRowId: (t) => t.id,
    rowCount: data?.count ?? 0,
    isLoading,
    filters,
    commands,
    rowSelection: { state: selection, onRowSelectionChange: setSelection },
    filtering: { state: state.filtering, onFilteringChange: state.setFiltering },
    search: { state: state.q, onSearchChange: state.setSearch, debounce: 300 },
    sorting: { state: state.sorting, onSortingChange: state.setSorting },
    pagination: { state: state.pagination, onPaginationChange: state.setPagination },
    onRowClick: (_, row) => navigate(`/support/${row.id}`),
  })

  return (
    <Container className="divide-y p-0" data-testid="helpdesk-inbox">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>{en.inbox.title}</Heading>
          <Text size="small" className="text-ui-fg-subtle">{en.inbox.subtitle}</Text>
        </div>
        <CreateTicketDrawer trigger={<Button size="small" variant="secondary">{en.inbox.newTicket}</Button>} />
      </div>
      <div className="px-6 py-3">
        <Tabs value={state.view} onValueChange={(v) => { setSelection({}); state.setView(v as InboxView) }}>
          <Tabs.List>
            {Object.keys(INBOX_VIEWS).map((v) => (
              <Tabs.Trigger key={v} value={v} data-testid={`helpdesk-view-${v}`}>
                {en.inbox.views[v]}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </Tabs>
      </div>
      {isError ? (
        <ErrorState label={en.tickets.error} onRetry={() => refetch()} />
      ) : (
        <DataTable instance={table}>
          <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
            <DataTable.Search placeholder={en.inbox.search} />
            <div className="flex items-center gap-x-2">
              <div data-testid="helpdesk-filter-menu">
                <DataTable.FilterMenu tooltip={en.inbox.addFilter} />
              </div>
              <DataTable.SortingMenu tooltip={en.inbox.sortBy} />
            </div>
          </DataTable.Toolbar>
          <DataTable.Table
            emptyState={{
              empty: { heading: en.inbox.emptyView },
              filtered: { heading: en.inbox.emptyFiltered, description: en.inbox.emptyFilteredHint },
            }}
          />
          {/* Large views are counted up to a cap (docs/api.md): say so instead of a wrong total. */}
          <DataTable.Pagination translations={data?.count_exact === false ? { results: en.inbox.moreResults } : undefined} />
          <DataTable.CommandBar selectedLabel={en.inbox.selected} />
        </DataTable>
      )}
      <BulkActionDrawer
        kind={bulk?.kind ?? null}
        ids={bulk?.ids ?? []}
        users={users ?? []}
        onClose={(applied) => {
          if (applied) setSelection({})
          setBulk(null)
        }}
      />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: en.nav.support,
  icon: SupportNavIcon,
  rank: 1,
})

export default SupportInboxPage
