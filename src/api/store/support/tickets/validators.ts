import { z } from "@medusajs/framework/zod"
import { TICKET_STATUSES } from "../../../../modules/helpdesk/domain/constants"
import { callbackWindowProblem, normalizePhone } from "../../../../modules/helpdesk/domain/calls"
import { safeText } from "../../../../modules/helpdesk/domain/text"
import { THREAD_PAGE_MAX, THREAD_PAGE_SIZE } from "../../../../modules/helpdesk/domain/thread-page"
import {
  additionalData,
  category,
  email,
  findParams,
  idList,
  id,
  messageBody,
  oneOrMany,
  personName,
  selectParams,
  subject,
  locale,
} from "../../../utils/schemas"

export const StoreCreateTicket = z
  .object({
    subject,
    body: messageBody,
    category: category.optional(),
    order_id: id.optional(),
    attachment_ids: idList(10).optional(),
    // "Report a problem with this item": lines of `order_id` (checked against the order).
    line_item_ids: idList(50).min(1).optional(),
    // Guests only; a signed-in customer's ticket always uses the account's email and name.
    email: email.optional(),
    name: personName.optional(),
    // Else the request's locale (?locale= or x-medusa-locale, set by Medusa as req.locale).
    locale: locale.optional(),
    // Published articles the contact form showed before the shopper opened the ticket anyway
    // (GET /store/support/suggestions); kept in the ticket's metadata for agents.
    shown_article_ids: idList(10).optional(),
    additional_data: additionalData,
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.line_item_ids && !v.order_id) {
      ctx.addIssue({ code: "custom", message: "line_item_ids needs the order_id they belong to", path: ["line_item_ids"] })
    }
  })
export type StoreCreateTicketType = z.infer<typeof StoreCreateTicket>

// `fields` is accepted for Medusa's list conventions; store responses have a fixed shape.
export const StoreListTickets = findParams()
  .omit({ order: true })
  .extend({ status: oneOrMany(z.enum(TICKET_STATUSES)).optional() })
  .strict()
export type StoreListTicketsType = z.infer<typeof StoreListTickets>

export const StoreGetTicket = selectParams()

export const StoreAddTicketMessage = z
  .object({
    body: messageBody,
    attachment_ids: idList(10).optional(),
    additional_data: additionalData,
  })
  .strict()
export type StoreAddTicketMessageType = z.infer<typeof StoreAddTicketMessage>

export const StoreTicketAction = z.object({}).strict()

/** A callback request: a number and a time window (ISO times), validated in domain/calls.ts. */
export const StoreRequestCallback = z
  .object({
    phone: z.string().max(40).transform((raw, ctx) => {
      const phone = normalizePhone(raw)
      if (!phone) {
        ctx.addIssue({ code: "custom", message: "phone must be a phone number (6 to 15 digits, optional +)" })
        return z.NEVER
      }
      return phone
    }),
    window_start: z.string().datetime({ offset: true }),
    window_end: z.string().datetime({ offset: true }),
  })
  .strict()
  .superRefine((v, ctx) => {
    const problem = callbackWindowProblem(new Date(v.window_start), new Date(v.window_end), new Date())
    if (problem) ctx.addIssue({ code: "custom", message: problem, path: ["window_end"] })
  })
export type StoreRequestCallbackType = z.infer<typeof StoreRequestCallback>

export const StoreRateTicket = z
  .object({
    score: z.number().int().min(1).max(5),
    comment: safeText({ min: 1, max: 2_000 }).optional(),
  })
  .strict()
export type StoreRateTicketType = z.infer<typeof StoreRateTicket>

/** A page of a ticket's thread: the `limit` messages before the message `before` (or the newest). */
export const StoreListTicketMessages = z
  .object({
    before: id.optional(),
    limit: z.coerce.number().int().min(1).max(THREAD_PAGE_MAX).default(THREAD_PAGE_SIZE),
  })
  .strict()
export type StoreListTicketMessagesType = z.infer<typeof StoreListTicketMessages>
