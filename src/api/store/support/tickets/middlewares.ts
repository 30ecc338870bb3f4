import {
  authenticate,
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { rateLimit } from "../../../utils/rate-limit"
import { requireJsonBody } from "../../../utils/require-json-body"
import {
  StoreAddTicketMessage,
  StoreCreateTicket,
  StoreGetTicket,
  StoreListTicketMessages,
  StoreListTickets,
  StoreRateTicket,
  StoreRequestCallback,
  StoreTicketAction,
} from "./validators"

const BASE = "/store/support/tickets"

// Per shopper, then (guests) per email address and for all guests together.
const createTicketLimits = [
  rateLimit("createTicket"),
  rateLimit("guestTicketsPerEmail", "guestEmail"),
  rateLimit("guestTicketsStoreWide", "allGuests"),
]

export const storeTicketRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: BASE,
    middlewares: [
      authenticate("customer", ["session", "bearer"]),
      validateAndTransformQuery(StoreListTickets, {}),
    ],
  },
  {
    method: ["POST"],
    matcher: BASE,
    middlewares: [requireJsonBody, validateAndTransformBody(StoreCreateTicket), ...createTicketLimits],
  },
  {
    method: ["GET"],
    matcher: `${BASE}/:id`,
    middlewares: [validateAndTransformQuery(StoreGetTicket, {})],
  },
  {
    method: ["GET"],
    matcher: `${BASE}/:id/messages`,
    middlewares: [validateAndTransformQuery(StoreListTicketMessages, {})],
  },
  {
    method: ["POST"],
    matcher: `${BASE}/:id/messages`,
    middlewares: [requireJsonBody, validateAndTransformBody(StoreAddTicketMessage), rateLimit("addMessage")],
  },
  {
    method: ["POST"],
    matcher: `${BASE}/:id/close`,
    middlewares: [requireJsonBody, validateAndTransformBody(StoreTicketAction), rateLimit("ticketAction")],
  },
  {
    method: ["POST"],
    matcher: `${BASE}/:id/reopen`,
    middlewares: [requireJsonBody, validateAndTransformBody(StoreTicketAction), rateLimit("ticketAction")],
  },
  {
    method: ["POST"],
    matcher: `${BASE}/:id/verify`,
    middlewares: [requireJsonBody, validateAndTransformBody(StoreTicketAction), rateLimit("ticketAction")],
  },
  {
    method: ["POST"],
    matcher: `${BASE}/:id/callback`,
    middlewares: [requireJsonBody, validateAndTransformBody(StoreRequestCallback), rateLimit("ticketAction")],
  },
  {
    method: ["POST"],
    matcher: `${BASE}/:id/rating`,
    middlewares: [requireJsonBody, validateAndTransformBody(StoreRateTicket), rateLimit("ticketAction")],
  },
]
