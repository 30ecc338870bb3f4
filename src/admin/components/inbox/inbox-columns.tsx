import { createDataTableColumnHelper, Text, Tooltip } from "@medusajs/ui"
import { useMemo } from "react"
import { userName } from "../../hooks/users"
import { en } from "../../i18n/en"
import { formatDateTime, formatRelative } from "../../lib/format"
import { AdminTicket, AdminUser } from "../../lib/types"
import { PriorityBadge, TicketStatusBadge } from "../common/ticket-badges"

const column = createDataTableColumnHelper<AdminTicket>()

/** The customer wrote last: nobody has answered their newest message yet. */
export const awaitsReply = (t: AdminTicket) =>
  !!t.last_customer_message_at &&
  (t.status === "open" || t.status === "pending") &&
  new Date(t.last_customer_message_at).getTime() >= new Date(t.last_message_at ?? 0).getTime()

export function useInboxColumns(users: AdminUser[] | undefined) {
  return useMemo(() => {
    const byId = new Map((users ?? []).map((u) => [u.id, u]))
    return [
      column.select(),
      column.accessor("display_id", {
        header: en.inbox.columns.number,
        enableSorting: true,
        sortLabel: en.inbox.sort.display_id,
        cell: ({ row }) => (
          <span className="flex items-center gap-x-1.5">
            {awaitsReply(row.original) ? (
              <Tooltip content={en.inbox.awaitingReply}>
                <span className="bg-ui-tag-blue-icon size-2 shrink-0 rounded-full" data-testid="helpdesk-unread" aria-label={en.inbox.awaitingReply} />
              </Tooltip>
            ) : (
              <span className="size-2 shrink-0" />
            )}
            #{row.original.display_id}
          </span>
        ),
      }),
      column.accessor("subject", {
        header: en.inbox.columns.subject,
        cell: ({ row }) => (
          <Text size="small" weight={awaitsReply(row.original) ? "plus" : "regular"} className="truncate">
            {row.original.subject}
          </Text>
        ),
      }),
      column.display({
        id: "requester",
        header: en.inbox.columns.requester,
        cell: ({ row }) => row.original.name || row.original.email || "",
      }),
      column.accessor("status", {
        header: en.inbox.columns.status,
        cell: ({ row }) => <TicketStatusBadge status={row.original.status} />,
      }),
      column.accessor("priority", {
        header: en.inbox.columns.priority,
        enableSorting: true,
        sortLabel: en.inbox.sort.priority,
        cell: ({ row }) => <PriorityBadge priority={row.original.priority} />,
      }),
      column.accessor("assignee_id", {
        header: en.inbox.columns.assignee,
        cell: ({ row }) =>
          row.original.assignee_id ? userName(byId.get(row.original.assignee_id)) || "…" : (
            <span className="text-ui-fg-muted">{en.inbox.unassigned}</span>
          ),
      }),
      column.accessor("last_message_at", {
        header: en.inbox.columns.lastActivity,
        enableSorting: true,
        sortLabel: en.inbox.sort.last_message_at,
        cell: ({ row }) => {
          const at = row.original.last_message_at ?? row.original.created_at
          return <span title={formatDateTime(at)}>{formatRelative(at)}</span>
        },
      }),
    ]
  }, [users])
}
