import { DataTableFilteringState, DataTablePaginationState, DataTableSortingState } from "@medusajs/ui"
import { useRef, useState } from "react"
import { useSearchParams } from "react-router-dom"
import { TicketListFilters } from "../../hooks/tickets"
import { DEFAULT_VIEW, INBOX_VIEWS, InboxView, isInboxView } from "./inbox-views"

export const PAGE_SIZE = 20
// Table filter id -> URL and API parameter. Lists may repeat (?status=open&status=pending).
const LIST_FILTERS = { status: "status", priority: "priority", channel: "channel" } as const
const TEXT_FILTERS = { assignee_id: "assignee_id", category: "category", tags: "tag" } as const
const PARAMS = [...Object.values(LIST_FILTERS), ...Object.values(TEXT_FILTERS)]

/**
 * The inbox's state lives in the URL (view, search, filters, sort, page), so a view can be
 * bookmarked, shared and restored with the back button.
 */
export function useInboxState() {
  const [params, setParams] = useSearchParams()
  // DataTable keeps the first search callback it is given (debounced): read the params through a
  // ref so a search typed after a view change does not bring the old view back.
  const latest = useRef(params)
  latest.current = params
  const view: InboxView = isInboxView(params.get("view")) ? (params.get("view") as InboxView) : DEFAULT_VIEW

  // The table's own filter state, seeded from the URL. It also holds filters just added from the
  // menu and still empty (their value picker is open), which the URL does not carry.
  const [filtering, setFilteringState] = useState<DataTableFilteringState>(() => {
    const state: DataTableFilteringState = {}
    for (const [id, key] of Object.entries(LIST_FILTERS)) if (params.getAll(key).length) state[id] = params.getAll(key)
    for (const [id, key] of Object.entries(TEXT_FILTERS)) if (params.get(key)) state[id] = params.get(key)
    return state
  })

  // Highest priority score first (docs/automation.md "Priority for rare writers"), on its index.
  const order = params.get("order") ?? "-priority_score"
  const sorting: DataTableSortingState = { id: order.replace(/^-/, ""), desc: order.startsWith("-") }
  const pageIndex = Math.max(0, Number(params.get("page") ?? 0) || 0)
  const q = params.get("q") ?? ""

  const update = (change: (next: URLSearchParams) => void, resetPage = true) => {
    const next = new URLSearchParams(latest.current)
    change(next)
    if (resetPage) next.delete("page")
    setParams(next, { replace: true })
  }

  const refinements: Record<string, unknown> = {}
  for (const key of PARAMS) {
    const values = params.getAll(key)
    if (values.length) refinements[key] = key in LIST_FILTERS ? values : values[0]
  }
  const query: TicketListFilters = {
    ...INBOX_VIEWS[view],
    ...refinements,
    q: q || undefined,
    order,
    limit: PAGE_SIZE,
    offset: pageIndex * PAGE_SIZE,
  }

  return {
    view,
    query,
    q,
    filtering,
    sorting,
    pagination: { pageIndex, pageSize: PAGE_SIZE } as DataTablePaginationState,
    setView: (v: InboxView) => update((next) => next.set("view", v)),
    setSearch: (value: string) => update((next) => (value ? next.set("q", value) : next.delete("q"))),
    setFiltering: (state: DataTableFilteringState) => {
      setFilteringState(state)
      update((next) => {
        for (const key of PARAMS) next.delete(key)
        const params: Record<string, string> = { ...LIST_FILTERS, ...TEXT_FILTERS }
        for (const [id, value] of Object.entries(state)) {
          if (!params[id]) continue
          for (const v of Array.isArray(value) ? value : [value]) if (v) next.append(params[id], String(v))
        }
      })
    },
    setSorting: (state: DataTableSortingState) =>
      update((next) => next.set("order", `${state.desc ? "-" : ""}${state.id}`)),
    setPagination: (state: DataTablePaginationState) =>
      update((next) => (state.pageIndex ? next.set("page", String(state.pageIndex)) : next.delete("page")), false),
  }
}
