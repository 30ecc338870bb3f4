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
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { BulkActionDrawer, BulkKind } from "../../components/inbox/bulk-action-drawer"
import { useInboxColumns } from "../../components/inbox/inbox-columns"
import { useCallbackColumns } from "../../components/inbox/callback-column"
import { INBOX_VIEWS, InboxView } from "../../components/inbox/inbox-views"
import { useInboxState } from "../../components/inbox/use-inbox-state"
import { CreateTicketDrawer } from "../../components/create-ticket/create-ticket-drawer"
import { AwayToggle } from "../../components/inbox/away-toggle"
import { ErrorState } from "../../components/common/states"
import { SupportNavIcon } from "../../components/common/support-nav-icon"
import { useTickets } from "../../hooks/tickets"
import { useAdminUsers, userName } from "../../hooks/users"
import { AdminTicket } from "../../lib/types"
import { TICKET_CHANNELS, TICKET_PRIORITIES, TICKET_STATUSES } from "../../lib/values"

const filterHelper = createDataTableFilterHelper<AdminTicket>()
const commandHelper = createDataTableCommandHelper()

const SupportInboxPage = () => {
  const state = useInboxState()
  const navigate = useNavigate()
  const { t } = useTranslation()
  const { data: users } = useAdminUsers()
  const { data, isLoading, isError, refetch } = useTickets(state.query)
  const columns = useCallbackColumns(useInboxColumns(users), data?.tickets, state.view === "callbacks")
  const [selection, setSelection] = useState<DataTableRowSelectionState>({})
  const [bulk, setBulk] = useState<{ kind: BulkKind; ids: string[] } | null>(null)

  const filters = useMemo(
    () => [
      filterHelper.accessor("status", { type: "multiselect", label: t("helpdesk.inbox.filters.status"), options: TICKET_STATUSES.map((value) => ({ value, label: t(`helpdesk.status.${value}`) })) }),
      filterHelper.accessor("priority", { type: "multiselect", label: t("helpdesk.inbox.filters.priority"), options: TICKET_PRIORITIES.map((value) => ({ value, label: t(`helpdesk.priority.${value}`) })) }),
      filterHelper.accessor("channel", { type: "multiselect", label: t("helpdesk.inbox.filters.channel"), options: TICKET_CHANNELS.map((value) => ({ value, label: t(`helpdesk.channel.${value}`) })) }),
      filterHelper.accessor("assignee_id", {
        type: "select",
        label: t("helpdesk.inbox.filters.assignee"),
        options: [
          { value: "me", label: t("helpdesk.inbox.me") },
          { value: "none", label: t("helpdesk.inbox.unassigned") },
          ...(users ?? []).map((u) => ({ value: u.id, label: userName(u) })),
        ],
      }),
      filterHelper.accessor("category", { type: "string", label: t("helpdesk.inbox.filters.category") }),
      filterHelper.accessor("tags", { type: "string", label: t("helpdesk.inbox.filters.tag") }),
    ],
    [users, t]
  )

  const commands = useMemo(() => {
    const open = (kind: BulkKind) => (sel: DataTableRowSelectionState) =>
      setBulk({ kind, ids: Object.keys(sel).filter((id) => sel[id]) })
    return [
      commandHelper.command({ label: t("helpdesk.inbox.bulk.assign"), shortcut: "a", action: open("assign") }),
      commandHelper.command({ label: t("helpdesk.inbox.bulk.status"), shortcut: "s", action: open("status") }),
      commandHelper.command({ label: t("helpdesk.inbox.bulk.priority"), shortcut: "p", action: open("priority") }),
      commandHelper.command({ label: t("helpdesk.inbox.bulk.tag"), shortcut: "t", action: open("tag") }),
    ]
  }, [t])

  const table = useDataTable({
    columns,
    data: data?.tickets ?? [],
    getRowId: (ticket) => ticket.id,
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
          <Heading>{t("helpdesk.inbox.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">{t("helpdesk.inbox.subtitle")}</Text>
        </div>
        <div className="flex items-center gap-x-2">
          <AwayToggle />
          <CreateTicketDrawer trigger={<Button size="small" variant="secondary">{t("helpdesk.inbox.newTicket")}</Button>} />
        </div>
      </div>
      <div className="px-6 py-3">
        <Tabs value={state.view} onValueChange={(v) => { setSelection({}); state.setView(v as InboxView) }}>
          <Tabs.List>
            {Object.keys(INBOX_VIEWS).map((v) => (
              <Tabs.Trigger key={v} value={v} data-testid={`helpdesk-view-${v}`}>
                {t(`helpdesk.inbox.views.${v}`)}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </Tabs>
      </div>
      {isError ? (
        <ErrorState label={t("helpdesk.tickets.error")} onRetry={() => refetch()} />
      ) : (
        <DataTable instance={table}>
          <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
            <DataTable.Search placeholder={t("helpdesk.inbox.search")} />
            <div className="flex items-center gap-x-2">
              <div data-testid="helpdesk-filter-menu">
                <DataTable.FilterMenu tooltip={t("helpdesk.inbox.addFilter")} />
              </div>
              <DataTable.SortingMenu tooltip={t("helpdesk.inbox.sortBy")} />
            </div>
          </DataTable.Toolbar>
          <DataTable.Table
            emptyState={{
              empty: { heading: t("helpdesk.inbox.emptyView") },
              filtered: { heading: t("helpdesk.inbox.emptyFiltered"), description: t("helpdesk.inbox.emptyFilteredHint") },
            }}
          />
          {/* Large views are counted up to a cap (docs/api.md): say so instead of a wrong total. */}
          <DataTable.Pagination
            translations={{
              // The dashboard's own words, as its tables use them.
              of: t("general.of"),
              results: data?.count_exact === false ? t("helpdesk.inbox.moreResults") : t("general.results"),
              pages: t("general.pages"),
              prev: t("general.prev"),
              next: t("general.next"),
            }}
          />
          <DataTable.CommandBar selectedLabel={(count) => t("helpdesk.inbox.selected", { count })} />
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

// The label is a key: the dashboard translates it (translationNs must be a string literal).
export const config = defineRouteConfig({
  label: "helpdesk.nav.support",
  translationNs: "translation",
  icon: SupportNavIcon,
  rank: 1,
})

export default SupportInboxPage
