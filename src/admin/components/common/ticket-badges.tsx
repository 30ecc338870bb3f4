import { Badge, StatusBadge, Tooltip } from "@medusajs/ui"
import { en } from "../../i18n/en"
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

export const TicketStatusBadge = ({ status }: { status: string }) => (
  <StatusBadge color={STATUS_COLOR[status] ?? "grey"}>{en.status[status] ?? status}</StatusBadge>
)

export const PriorityBadge = ({ priority }: { priority: string }) => (
  <Badge size="2xsmall" color={PRIORITY_COLOR[priority] ?? "grey"}>
    {en.priority[priority] ?? priority}
  </Badge>
)

/** How sure we are of who wrote: agents must see at a glance when a requester is unverified. */
export const IdentityBadge = ({ identity }: { identity: IdentityLevel }) => (
  <Tooltip content={en.ticket.identityHint[identity]}>
    <Badge size="2xsmall" color={IDENTITY_COLOR[identity] ?? "orange"} data-testid="helpdesk-identity">
      {en.ticket.identity[identity] ?? identity}
    </Badge>
  </Tooltip>
)
