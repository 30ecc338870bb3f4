import { TicketListFilters } from "../../hooks/tickets"

/** The inbox's saved views: each is a base filter that the agent's own filters refine. */
export const INBOX_VIEWS = {
  unassigned: { status: ["open"], assignee_id: "none" },
  mine: { status: ["open", "pending"], assignee_id: "me" },
  open: { status: ["open"] },
  pending: { status: ["pending"] },
  solved: { status: ["solved"] },
  closed: { status: ["closed"] },
  /** Shoppers who asked to be called back (POST /store/support/tickets/:id/callback); a logged call clears it. */
  callbacks: { tag: "callback-requested" },
} satisfies Record<string, TicketListFilters>

export type InboxView = keyof typeof INBOX_VIEWS
export const DEFAULT_VIEW: InboxView = "unassigned"

export const isInboxView = (v: string | null): v is InboxView => !!v && v in INBOX_VIEWS
