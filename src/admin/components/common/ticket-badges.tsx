import { Badge, StatusBadge, Tooltip } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { IdentityLevel } from "../../lib/types"

const STATUS_COLOR: Record<string, "green" | "orange" | "blue" | "grey"> = {
  open: "orange",
  pending: "blue",
  solved: "green",
  closed: "grey",
}

const PRIORITY_COLOR: Record<string, "grey" | "blue" | "orange" | "red"> = {
  low: "grey",
  normal: "blue",
  high: "orange",
  urgent: "red",
}

const IDENTITY_COLOR: Record<string, "green" | "blue" | "orange"> = {
  customer: "green",
  verified_email: "blue",
  unverified: "orange",
}

// Values the admin has no label for (added on the server later) show as they are.
export const TicketStatusBadge = ({ status }: { status: string }) => {
  const { t } = useTranslation()
  return <StatusBadge color={STATUS_COLOR[status] ?? "grey"}>{t(`helpdesk.status.${status}`, { defaultValue: status })}</StatusBadge>
}

export const PriorityBadge = ({ priority }: { priority: string }) => {
  const { t } = useTranslation()
  return (
    <Badge size="2xsmall" color={PRIORITY_COLOR[priority] ?? "grey"}>
      {t(`helpdesk.priority.${priority}`, { defaultValue: priority })}
    </Badge>
  )
}

/** How sure we are of who wrote: agents must see at a glance when a requester is unverified. */
export const IdentityBadge = ({ identity }: { identity: IdentityLevel }) => {
  const { t } = useTranslation()
  return (
    <Tooltip content={t(`helpdesk.ticket.identityHint.${identity}`, { defaultValue: "" })}>
      <Badge size="2xsmall" color={IDENTITY_COLOR[identity] ?? "orange"} data-testid="helpdesk-identity">
        {t(`helpdesk.ticket.identity.${identity}`, { defaultValue: identity })}
      </Badge>
    </Tooltip>
  )
}
