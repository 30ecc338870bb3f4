import { z } from "@medusajs/framework/zod"
import {
  TICKET_CHANNELS,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
} from "../../../../modules/helpdesk/domain/constants"
import { additionalData } from "../../../utils/additional-data"
import { safeText } from "../../../../modules/helpdesk/domain/text"
import { oneOrMany, paginationParams } from "../../../utils/pagination"

const id = z.string().min(1).max(100)
const tag = safeText({ min: 1, max: 50, trim: true })
// The ticket's updated_at as the agent's page showed it (see domain/stale-view.ts).
const expectedUpdatedAt = z.string().datetime({ offset: true }).optional()

export const AdminListTickets = z
  .object({
    status: oneOrMany(z.enum(TICKET_STATUSES)).optional(),
    priority: oneOrMany(z.enum(TICKET_PRIORITIES)).optional(),
    channel: oneOrMany(z.enum(TICKET_CHANNELS)).optional(),
    // "me" = the signed-in agent, "none" = unassigned.
    assignee_id: id.optional(),
    customer_id: id.optional(),
    order_id: id.optional(),
    email: z.string().max(254).optional(),
    category: z.string().max(100).optional(),
    tag: z.string().max(50).optional(),
    q: safeText({ min: 1, max: 200, trim: true }).optional(),
    order: z.string().max(50).optional(),
    fields: z.string().max(2000).optional(),
    ...paginationParams,
  })
  .strict()
export type AdminListTicketsType = z.infer<typeof AdminListTickets>

export const AdminGetTicket = z.object({ fields: z.string().max(2000).optional() }).strict()

export const AdminCreateTicket = z
  .object({
    subject: safeText({ min: 1, max: 200, trim: true }),
    body: safeText({ min: 1, max: 20_000 }),
    customer_id: id.optional(),
    email: z.string().trim().toLowerCase().email().max(254).optional(),
    name: safeText({ min: 1, max: 200, trim: true }).optional(),
    order_id: id.optional(),
    channel: z.enum(TICKET_CHANNELS).optional(),
    priority: z.enum(TICKET_PRIORITIES).optional(),
    category: safeText({ min: 1, max: 100, trim: true }).optional(),
    tags: z.array(tag).max(20).optional(),
    assignee_id: id.optional(),
    additional_data: additionalData,
  })
  .strict()
  .refine((b) => !!b.customer_id !== !!b.email, {
    message: "Give either customer_id or email",
    path: ["customer_id"],
  })
export type AdminCreateTicketType = z.infer<typeof AdminCreateTicket>

export const AdminUpdateTicket = z
  .object({
    status: z.enum(TICKET_STATUSES).optional(),
    priority: z.enum(TICKET_PRIORITIES).optional(),
    assignee_id: id.nullable().optional(),
    category: safeText({ min: 1, max: 100, trim: true }).nullable().optional(),
    tags: z.array(tag).max(20).optional(),
    metadata: z.record(z.string(), z.unknown()).nullable().optional(),
    expected_updated_at: expectedUpdatedAt,
    additional_data: additionalData,
  })
  .strict()
export type AdminUpdateTicketType = z.infer<typeof AdminUpdateTicket>

export const AdminAddTicketMessage = z
  .object({
    body: safeText({ min: 1, max: 20_000 }),
    internal: z.boolean().optional(),
    canned_reply_id: id.optional(),
    attachment_ids: z.array(id).max(10).optional(),
    // Reply and set the status in one step (e.g. "pending" while waiting on the shopper).
    status: z.enum(TICKET_STATUSES).optional(),
    expected_updated_at: expectedUpdatedAt,
    additional_data: additionalData,
  })
  .strict()
export type AdminAddTicketMessageType = z.infer<typeof AdminAddTicketMessage>

export const AdminAssignTicket = z.object({ assignee_id: id.nullable() }).strict()
export type AdminAssignTicketType = z.infer<typeof AdminAssignTicket>

export const AdminMergeTickets = z.object({ ticket_ids: z.array(id).min(1).max(20) }).strict()
export type AdminMergeTicketsType = z.infer<typeof AdminMergeTickets>

export const AdminBulkUpdateTickets = z
  .object({
    ids: z.array(id).min(1).max(100),
    status: z.enum(TICKET_STATUSES).optional(),
    priority: z.enum(TICKET_PRIORITIES).optional(),
    assignee_id: id.nullable().optional(),
    add_tags: z.array(tag).min(1).max(20).optional(),
  })
  .strict()
  .refine((b) => [b.status, b.priority, b.assignee_id, b.add_tags].some((v) => v !== undefined), {
    message: "Give at least one of status, priority, assignee_id, add_tags",
  })
export type AdminBulkUpdateTicketsType = z.infer<typeof AdminBulkUpdateTickets>
