import { z } from "@medusajs/framework/zod"
import { TICKET_STATUSES } from "../../../../modules/helpdesk/domain/constants"
import { additionalData } from "../../../utils/additional-data"
import { safeText } from "../../../../modules/helpdesk/domain/text"
import { oneOrMany, paginationParams } from "../../../utils/pagination"

const id = z.string().min(1).max(100)

export const StoreCreateTicket = z
  .object({
    subject: safeText({ min: 1, max: 200, trim: true }),
    body: safeText({ min: 1, max: 20_000 }),
    category: safeText({ min: 1, max: 100, trim: true }).optional(),
    order_id: id.optional(),
    attachment_ids: z.array(id).max(10).optional(),
    // Guests only; a signed-in customer's ticket always uses the account's email and name.
    email: z.string().trim().toLowerCase().email().max(254).optional(),
    name: safeText({ min: 1, max: 200, trim: true }).optional(),
    additional_data: additionalData,
  })
  .strict()
export type StoreCreateTicketType = z.infer<typeof StoreCreateTicket>

export const StoreListTickets = z
  .object({
    status: oneOrMany(z.enum(TICKET_STATUSES)).optional(),
    ...paginationParams,
    // Accepted for Medusa's list conventions; store responses have a fixed shape.
    fields: z.string().max(1000).optional(),
  })
  .strict()
export type StoreListTicketsType = z.infer<typeof StoreListTickets>

export const StoreGetTicket = z.object({ fields: z.string().max(1000).optional() }).strict()

export const StoreAddTicketMessage = z
  .object({
    body: safeText({ min: 1, max: 20_000 }),
    attachment_ids: z.array(id).max(10).optional(),
    additional_data: additionalData,
  })
  .strict()
export type StoreAddTicketMessageType = z.infer<typeof StoreAddTicketMessage>

export const StoreTicketAction = z.object({}).strict()

export const StoreRateTicket = z
  .object({
    score: z.number().int().min(1).max(5),
    comment: safeText({ min: 1, max: 2_000 }).optional(),
  })
  .strict()
export type StoreRateTicketType = z.infer<typeof StoreRateTicket>
