import { defineRouteConfig } from "@medusajs/admin-sdk"
import {
  Container,
  createDataTableColumnHelper,
  DataTable,
  DataTablePaginationState,
  DataTableSortingState,
  Heading,
  Select,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { ErrorState } from "../../../components/common/states"
import { ContactRateValue } from "../../../components/reports/contact-rate-value"
import { useContactRate } from "../../../hooks/reports"
import { formatDate } from "../../../lib/format"
import { CONTACT_RATE_PERIODS, ContactRateRow } from "../../../lib/report-types"

const PAGE_SIZE = 20
const column = createDataTableColumnHelper<ContactRateRow>()

/** Support → Reports: contact rate per product, the products that cause the most support first. */
const SupportReportsPage = () => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [days, setDays] = useState<number>(30)
  const [sorting, setSorting] = useState<DataTableSortingState | null>({ id: "contact_rate", desc: true })
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const order = sorting ? `${sorting.desc ? "-" : ""}${sorting.id}` : "-contact_rate"
  const { data, isLoading, isError, refetch } = useContactRate({ days, order, limit: PAGE_SIZE, offset: pagination.pageIndex * PAGE_SIZE })

  const columns = useMemo(
    () => [
      column.accessor("title", {
        header: t("helpdesk.reports.columns.product"),
        enableSorting: true,
        sortLabel: t("helpdesk.reports.columns.product"),
        cell: ({ row }) => (
          <span className="flex items-center gap-x-3">
            {row.original.thumbnail ? (
              <img src={row.original.thumbnail} alt="" className="h-8 w-6 rounded object-cover" />
            ) : (
              <span className="bg-ui-bg-component h-8 w-6 rounded" aria-hidden />
            )}
            <span className="truncate">{row.original.title ?? row.original.product_id}</span>
          </span>
        ),
      }),
      column.accessor("contact_rate", {
        header: t("helpdesk.reports.columns.contactRate"),
        enableSorting: true,
        sortLabel: t("helpdesk.reports.columns.contactRate"),
        sortAscLabel: t("helpdesk.reports.sortLowFirst"),
        sortDescLabel: t("helpdesk.reports.sortHighFirst"),
        cell: ({ getValue }) => <ContactRateValue rate={getValue()} />,
      }),
      column.accessor("tickets", {
        header: t("helpdesk.reports.columns.tickets"),
        enableSorting: true,
        sortLabel: t("helpdesk.reports.columns.tickets"),
        sortAscLabel: t("helpdesk.reports.sortLowFirst"),
        sortDescLabel: t("helpdesk.reports.sortHighFirst"),
      }),
      column.accessor("orders", {
        header: t("helpdesk.reports.columns.orders"),
        enableSorting: true,
        sortLabel: t("helpdesk.reports.columns.orders"),
        sortAscLabel: t("helpdesk.reports.sortLowFirst"),
        sortDescLabel: t("helpdesk.reports.sortHighFirst"),
      }),
    ],
    [t]
  )

  const table = useDataTable({
    columns,
    data: data?.products ?? [],
    getRowId: (r) => r.product_id,
    rowCount: data?.count ?? 0,
    isLoading,
    sorting: {
      state: sorting,
      onSortingChange: (s) => {
        setSorting(s)
        setPagination((p) => ({ ...p, pageIndex: 0 }))
      },
    },
    pagination: { state: pagination, onPaginationChange: setPagination },
    onRowClick: (_e, row) => navigate(`/products/${row.product_id}`),
  })

  return (
    <Container className="divide-y p-0" data-testid="helpdesk-contact-rate-report">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">{t("helpdesk.reports.contactRate")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">{t("helpdesk.reports.pageHint")}</Text>
          {data && (
            <Text size="xsmall" className="text-ui-fg-muted">
              {t("helpdesk.reports.period", { from: formatDate(data.from), to: formatDate(data.to) })}
            </Text>
          )}
        </div>
        <div className="w-44">
          <Select
            size="small"
            value={String(days)}
            onValueChange={(v) => {
              setDays(Number(v))
              setPagination((p) => ({ ...p, pageIndex: 0 }))
            }}
          >
            <Select.Trigger aria-label={t("helpdesk.reports.periodLabel")}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {CONTACT_RATE_PERIODS.map((d) => (
                <Select.Item key={d} value={String(d)}>{t("helpdesk.reports.lastDays", { count: d })}</Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>
      {isError ? (
        <ErrorState onRetry={() => refetch()} />
      ) : (
        <DataTable instance={table}>
          <DataTable.Toolbar>
            <div />
            <DataTable.SortingMenu tooltip={t("helpdesk.reports.sort")} />
          </DataTable.Toolbar>
          <DataTable.Table emptyState={{ empty: { heading: t("helpdesk.reports.empty"), description: t("helpdesk.reports.emptyHint") } }} />
          <DataTable.Pagination />
        </DataTable>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "helpdesk.nav.reports",
  translationNs: "translation",
})

export default SupportReportsPage
