import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { formatDateTime } from "../../lib/format"
import { AdminTicket } from "../../lib/types"
import { formatDuration } from "./sla-time-left"

const Clock = ({ label, due, state }: { label: string; due: string | null | undefined; state: string | null }) => {
  const { t } = useTranslation()
  const left = due ? new Date(due).getTime() - Date.now() : null
  return (
    <div className="flex items-center justify-between px-6 py-3">
      <Text size="small" weight="plus">{label}</Text>
      {due && left !== null ? (
        <Text size="small" className={left < 0 ? "text-ui-fg-error" : "text-ui-fg-subtle"} title={formatDateTime(due)}>
          {left < 0 ? t("helpdesk.sla.overdue", { time: formatDuration(left) }) : t("helpdesk.sla.left", { time: formatDuration(left) })}
          {" · "}
          {formatDateTime(due)}
        </Text>
      ) : (
        <Text size="small" className="text-ui-fg-muted">{state}</Text>
      )}
    </div>
  )
}

/** Both SLA clocks of a ticket on its page: time left (or overdue), paused while pending. */
export const SlaClocks = ({ ticket }: { ticket: AdminTicket }) => {
  const { t } = useTranslation()
  if (!ticket.sla_policy_id && !ticket.sla_breached) return null
  return (
    <Container className="divide-y p-0" data-testid="helpdesk-sla-clocks">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("helpdesk.sla.title")}</Heading>
        {ticket.sla_breached && <Badge size="2xsmall" color="red">{t("helpdesk.sla.breached")}</Badge>}
      </div>
      <Clock
        label={t("helpdesk.sla.firstResponse")}
        due={ticket.first_response_due_at}
        state={ticket.first_response_at ? t("helpdesk.sla.answered") : t("helpdesk.sla.notRunning")}
      />
      <Clock
        label={t("helpdesk.sla.resolution")}
        due={ticket.resolution_due_at}
        state={ticket.sla_paused_at ? t("helpdesk.sla.paused") : t("helpdesk.sla.notRunning")}
      />
    </Container>
  )
}
