import { Badge, Tooltip } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { formatDateTime } from "../../lib/format"
import { AdminTicket } from "../../lib/types"

/** "2h 15m", "3d 4h", "12m" */
export function formatDuration(ms: number): string {
  const minutes = Math.max(0, Math.round(Math.abs(ms) / 60_000))
  const d = Math.floor(minutes / 1440)
  const h = Math.floor((minutes % 1440) / 60)
  const m = minutes % 60
  if (d) return `${d}d ${h}h`
  if (h) return `${h}h ${m}m`
  return `${m}m`
}

/** The nearer of the ticket's running clocks, as time left (or overdue), for the inbox. */
export const SlaTimeLeft = ({ ticket, now = Date.now() }: { ticket: AdminTicket; now?: number }) => {
  const { t } = useTranslation()
  const dues = [ticket.first_response_due_at, ticket.resolution_due_at].filter((d): d is string => !!d).map((d) => new Date(d).getTime())
  if (!dues.length) {
    if (ticket.sla_paused_at) return <span className="text-ui-fg-muted">{t("helpdesk.sla.paused")}</span>
    return <span className="text-ui-fg-muted">—</span>
  }
  const due = Math.min(...dues)
  const left = due - now
  const color = left < 0 || ticket.sla_breached ? "red" : left < 60 * 60_000 ? "orange" : "grey"
  return (
    <Tooltip content={formatDateTime(new Date(due).toISOString())}>
      <Badge size="2xsmall" color={color} data-testid="helpdesk-sla-time-left">
        {left < 0 ? t("helpdesk.sla.overdue", { time: formatDuration(left) }) : t("helpdesk.sla.left", { time: formatDuration(left) })}
      </Badge>
    </Tooltip>
  )
}
