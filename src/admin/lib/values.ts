// The values agents pick from; their labels are under helpdesk.status.*, .priority.*, .channel.*.
import { TicketPriority, TicketStatus } from "./types"

export const TICKET_STATUSES: TicketStatus[] = ["open", "pending", "solved", "closed"]
export const TICKET_PRIORITIES: TicketPriority[] = ["low", "normal", "high", "urgent"]
export const TICKET_CHANNELS = ["web", "email", "phone", "chat", "social", "api"]
