import { createDataTableColumnHelper, Text } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { useCallbackRequests } from "../../hooks/calls"
import { formatDateTime } from "../../lib/format"
import { AdminTicket } from "../../lib/types"

const column = createDataTableColumnHelper<AdminTicket>()

/**
 * The inbox's "Callback requests" view: one more column with the number and the window each
 * shopper asked for (in the agent's time zone), read for the page's tickets in one request.
 */
export function useCallbackColumns<C>(columns: C[], tickets: AdminTicket[] | undefined, enabled: boolean): C[] {
  const { t } = useTranslation()
  const ids = useMemo(() => (tickets ?? []).map((x) => x.id), [tickets])
  const { data: requests } = useCallbackRequests(ids, enabled)
  return useMemo(() => {
    if (!enabled) return columns
    const callback = column.display({
      id: "callback",
      header: t("helpdesk.calls.callback"),
      cell: ({ row }) => {
        const r = requests?.get(row.original.id)
        if (!r) return <span className="text-ui-fg-muted">{t("helpdesk.calls.none")}</span>
        return (
          <span className="flex flex-col" data-testid="helpdesk-callback-cell">
            <Text size="small" weight="plus">{r.phone}</Text>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {t("helpdesk.calls.window", { start: formatDateTime(r.window_start), end: formatDateTime(r.window_end) })}
            </Text>
          </span>
        )
      },
    })
    // After the subject column (select, number, subject).
    return [...columns.slice(0, 3), callback as unknown as C, ...columns.slice(3)]
  }, [columns, requests, enabled, t])
}
