import { Badge, Label, Text, Tooltip } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { PriorityExplanation } from "../../lib/automation-types"
import { AdminTicket } from "../../lib/types"
import { formatDuration } from "../sla/sla-time-left"

/** The parts of a ticket's priority score, one line each, in the admin's language. */
export function usePriorityParts() {
  const { t } = useTranslation()
  return (e: PriorityExplanation): { label: string; points: string }[] => {
    const points = (n: number) => `+${n}`
    const parts = [{ label: t("helpdesk.automation.priority.level", { level: t(`helpdesk.priority.${e.priority.level}`) }), points: points(e.priority.points) }]
    if (e.sla.clock && e.sla.minutes_left !== null) {
      const clock = t(e.sla.clock === "first_response" ? "helpdesk.sla.firstResponse" : "helpdesk.sla.resolution")
      const time = formatDuration(e.sla.minutes_left * 60_000)
      parts.push({
        label: t(e.sla.minutes_left < 0 ? "helpdesk.automation.priority.slaOverdue" : "helpdesk.automation.priority.slaLeft", { clock, time }),
        points: points(e.sla.points),
      })
    }
    const writes = t("helpdesk.automation.priority.writes", { count: e.requester.tickets, days: e.requester.days })
    parts.push({
      label: t(e.requester.rare ? "helpdesk.automation.priority.rare" : "helpdesk.automation.priority.frequent", { writes }),
      points: e.requester.weight > 0 ? points(e.requester.points) : t("helpdesk.automation.priority.notCounted"),
    })
    return parts
  }
}

/** Score and why, for the ticket's properties: "300 · Rare writer: 1 ticket in 30 days". */
export const PriorityScore = ({ ticket }: { ticket: AdminTicket }) => {
  const { t } = useTranslation()
  const partsOf = usePriorityParts()
  const e = ticket.priority_explanation
  return (
    <div className="grid grid-cols-[120px_1fr] items-start gap-x-3 px-6 py-2" data-testid="helpdesk-priority-score">
      <Label size="small" className="text-ui-fg-subtle pt-0.5">{t("helpdesk.automation.priority.score")}</Label>
      {e ? (
        <div className="flex min-w-0 flex-col gap-y-1">
          <div>
            <Badge size="2xsmall" color={e.requester.rare && e.requester.weight > 0 ? "purple" : "grey"}>{ticket.priority_score ?? e.score}</Badge>
          </div>
          {partsOf(e).map((p) => (
            <Text key={p.label} size="xsmall" className="text-ui-fg-subtle flex justify-between gap-x-2">
              <span className="truncate">{p.label}</span>
              <span className="shrink-0">{p.points}</span>
            </Text>
          ))}
        </div>
      ) : (
        <Text size="small" className="text-ui-fg-muted">{t("helpdesk.automation.priority.notScored")}</Text>
      )}
    </div>
  )
}

/** The inbox's score cell: the number, its parts on hover. */
export const PriorityScoreCell = ({ ticket }: { ticket: AdminTicket }) => {
  const partsOf = usePriorityParts()
  const e = ticket.priority_explanation
  if (!e) return <span className="text-ui-fg-muted">—</span>
  return (
    <Tooltip content={partsOf(e).map((p) => `${p.label} ${p.points}`).join(" · ")}>
      <span data-testid="helpdesk-priority-score-cell">{ticket.priority_score ?? e.score}</span>
    </Tooltip>
  )
}
