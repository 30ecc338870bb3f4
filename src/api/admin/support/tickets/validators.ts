import { z } from "@medusajs/framework/zod"
import { CALL_OUTCOMES } from "../../../../modules/helpdesk/domain/calls"
import { safeText } from "../../../../modules/helpdesk/domain/text"
import {
  TICKET_CHANNELS,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
} from "../../../../modules/helpdesk/domain/constants"
import { THREAD_PAGE_MAX, THREAD_PAGE_SIZE } from "../../../../modules/helpdesk/domain/thread-page"
import {
  additionalData,
  category,
  email,
  emailFilter,
  findParams,
  id,
  idList,
  jsonObject,
  messageBody,
  oneOrMany,
  personName,
  searchQuery,
  selectParams,
  subject,
  tag,
  locale,
} from "../../../utils/schemas"

// The ticket's updated_at as the agent's page showed it (see domain/stale-view.ts).
const expectedUpdatedAt = z.string().datetime({ offset: true }).optional()

export const AdminListTickets = findParams()
  .extend({
    status: oneOrMany(z.enum(TICKET_STATUSES)).optional(),
    priority: oneOrMany(z.enum(TICKET_PRIORITIES)).optional(),
    channel: oneOrMany(z.enum(TICKET_CHANNELS)).optional(),
    // "me" = the signed-in agent, "none" = unassigned.
    assignee_id: id.optional(),
    customer_id: id.optional(),
    order_id: id.optional(),
    // Tickets reporting a line of this product / variant ("Report a problem with this item").
    product_id: id.optional(),
    variant_id: id.optional(),
    email: emailFilter.optional(),
    category: category.optional(),
    tag: tag.optional(),
    q: searchQuery.optional(),
    sla_breached: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
  })
  .strict()
export type AdminListTicketsType = z.infer<typeof AdminListTickets>

export const AdminGetTicket = selectParams()

export const AdminGetTicketAttachment = z.object({}).strict()

export const AdminCreateTicket = z
  .object({
    subject,
    body: messageBody,
    customer_id: id.optional(),
    email: email.optional(),
    name: personName.optional(),
    order_id: id.optional(),
    channel: z.enum(TICKET_CHANNELS).optional(),
    priority: z.enum(TICKET_PRIORITIES).optional(),
    category: category.optional(),
    tags: z.array(tag).max(20).optional(),
    assignee_id: id.optional(),
    attachment_ids: z.array(id).max(10).optional(),
    locale: locale.optional(),
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
    category: category.nullable().optional(),
    tags: z.array(tag).max(20).optional(),
    metadata: jsonObject.nullable().optional(),
    expected_updated_at: expectedUpdatedAt,
    additional_data: additionalData,
  })
  .strict()
export type AdminUpdateTicketType = z.infer<typeof AdminUpdateTicket>

export const AdminAddTicketMessage = z
  .object({
    body: messageBody,
    internal: z.boolean().optional(),
    canned_reply_id: id.optional(),
    attachment_ids: idList(10).optional(),
    // Reply and set the status in one step (e.g. "pending" while waiting on the shopper).
    status: z.enum(TICKET_STATUSES).optional(),
    expected_updated_at: expectedUpdatedAt,
    additional_data: additionalData,
  })
  .strict()
export type AdminAddTicketMessageType = z.infer<typeof AdminAddTicketMessage>

/** A phone call an agent logs on the ticket: the shopper sees the outcome line, agents the notes. */
export const AdminLogCall = z
  .object({
    outcome: z.enum(CALL_OUTCOMES),
    duration_seconds: z.number().int().min(0).max(86_400).optional(),
    notes: safeText({ min: 1, max: 5_000 }).optional(),
  })
  .strict()
export type AdminLogCallType = z.infer<typeof AdminLogCall>

export const AdminAssignTicket = z.object({ assignee_id: id.nullable() }).strict()
export type AdminAssignTicketType = z.infer<typeof AdminAssignTicket>

export const AdminMergeTickets = z.object({ ticket_ids: idList(20).min(1) }).strict()
export type AdminMergeTicketsType = z.infer<typeof AdminMergeTickets>

export const AdminBulkUpdateTickets = z
  .object({
    ids: idList(100).min(1),
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

/** A page of a ticket's thread: the `limit` messages before the message `before` (or the newest). */
export const AdminListTicketMessages = z
  .object({
    before: id.optional(),
    limit: z.coerce.number().int().min(1).max(THREAD_PAGE_MAX).default(THREAD_PAGE_SIZE),
  })
  .strict()
export type AdminListTicketMessagesType = z.infer<typeof AdminListTicketMessages>
