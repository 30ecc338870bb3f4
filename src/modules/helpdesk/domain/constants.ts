export const HELPDESK_MODULE = "helpdesk"

export const TICKET_STATUSES = ["open", "pending", "solved", "closed"] as const
export type TicketStatus = (typeof TICKET_STATUSES)[number]

export const TICKET_PRIORITIES = ["low", "normal", "high", "urgent"] as const
export type TicketPriority = (typeof TICKET_PRIORITIES)[number]

export const TICKET_CHANNELS = ["web", "email", "phone", "chat", "social", "api"] as const
export type TicketChannel = (typeof TICKET_CHANNELS)[number]

/** How sure we are of who filed the ticket. */
export const IDENTITY_LEVELS = ["customer", "verified_email", "unverified"] as const
export type IdentityLevel = (typeof IDENTITY_LEVELS)[number]

export const AUTHOR_TYPES = ["customer", "agent", "system"] as const
export type AuthorType = (typeof AUTHOR_TYPES)[number]
