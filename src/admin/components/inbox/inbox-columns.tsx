import { createDataTableColumnHelper, Text, Tooltip } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { userName } from "../../hooks/users"
import { formatDateTime, formatRelative } from "../../lib/format"
import { AdminTicket, AdminUser } from "../../lib/types"
import { PriorityBadge, TicketStatusBadge } from "../common/ticket-badges"
import { SlaTimeLeft } from "../sla/sla-time-left"
import { PriorityScoreCell } from "../ticket/priority-score"

const column = createDataTableColumnHelper<AdminTicket>()

/** The customer wrote last: nobody has answered their newest message yet. */
export const awaitsReply = (t: AdminTicket) =>
  !!t.last_customer_message_at &&
  (t.status === "open" || t.status === "pending") &&
  new Date(t.last_customer_message_at).getTime() >= new Date(t.last_message_at ?? 0).getTime()

export function useInboxColumns(users: AdminUser[] | undefined) {
  const { t } = useTranslation()
  return useMemo(() => {
    const byId = new Map((users ?? []).map((u) => [u.id, u]))
    return [
      column.select(),
      column.accessor("display_id", {
        header: t("helpdesk.inbox.columns.number"),
        enableSorting: true,
        sortLabel: t("helpdesk.inbox.sort.display_id"),
        cell: ({ row }) => (
          <span className="flex items-center gap-x-1.5">
            {awaitsReply(row.original) ? (
              <Tooltip content={t("helpdesk.inbox.awaitingReply")}>
                <span className="bg-ui-tag-blue-icon size-2 shrink-0 rounded-full" data-testid="helpdesk-unread" aria-label={t("helpdesk.inbox.awaitingReply")} />
              </Tooltip>
            ) : (
              <span className="size-2 shrink-0" />
            )}
            #{row.original.display_id}
          </span>
        ),
      }),
      column.accessor("subject", {
        header: t("helpdesk.inbox.columns.subject"),
        cell: ({ row }) => (
          <Text size="small" weight={awaitsReply(row.original) ? "plus" : "regular"} className="truncate">
            {row.original.subject}
          </Text>
        ),
      }),
      column.display({
        id: "requester",
        header: t("helpdesk.inbox.columns.requester"),
        cell: ({ row }) => row.original.name || row.original.email || "",
      }),
      column.accessor("status", {
        header: t("helpdesk.inbox.columns.status"),
        cell: ({ row }) => <TicketStatusBadge status={row.original.status} />,
      }),
      column.accessor("priority", {
        header: t("helpdesk.inbox.columns.priority"),
        enableSorting: true,
        sortLabel: t("helpdesk.inbox.sort.priority"),
        cell: ({ row }) => <PriorityBadge priority={row.original.priority} />,
      }),
      column.accessor("priority_score", {
        header: t("helpdesk.automation.priority.column"),
        enableSorting: true,
        sortLabel: t("helpdesk.automation.priority.sortLabel"),
        cell: ({ row }) => <PriorityScoreCell ticket={row.original} />,
      }),
      column.accessor("assignee_id", {
        header: t("helpdesk.inbox.columns.assignee"),
        cell: ({ row }) =>
          row.original.assignee_id ? userName(byId.get(row.original.assignee_id)) || "…" : (
            <span className="text-ui-fg-muted">{t("helpdesk.inbox.unassigned")}</span>
          ),
      }),
      column.accessor("last_message_at", {
        header: t("helpdesk.inbox.columns.lastActivity"),
        enableSorting: true,
        sortLabel: t("helpdesk.inbox.sort.last_message_at"),
        cell: ({ row }) => {
          const at = row.original.last_message_at ?? row.original.created_at
          return <span title={formatDateTime(at)}>{formatRelative(at)}</span>
        },
      }),
      column.accessor("first_response_due_at", {
        header: t("helpdesk.sla.column"),
        enableSorting: true,
        sortLabel: t("helpdesk.sla.sortByDue"),
        cell: ({ row }) => <SlaTimeLeft ticket={row.original} />,
      }),
    ]
  }, [users, t])
}
