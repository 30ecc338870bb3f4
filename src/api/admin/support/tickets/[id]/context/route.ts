import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../../../../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../../../../modules/helpdesk/service"
import { loadOrderActionsView } from "../order-actions/helpers"
import { loadRequesterOrders } from "./requester-orders"

const OTHER_TICKETS_SHOWN = 20

/**
 * Everything an agent wants beside the thread, in a fixed number of bounded queries: the
 * requester's profile, their newest orders (with payment and fulfilment status), their newest other
 * tickets, stats over all their orders and tickets aggregated in SQL, and, when the ticket is about
 * an order, the order-actions view (so the ticket page needs no request of its own for it).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const helpdesk = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const [ticket] = await helpdesk.listSupportTickets(
    { id: req.params.id },
    { take: 1, select: ["id", "customer_id", "email", "name", "identity", "order_id"] }
  )
  if (!ticket) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Ticket with id: ${req.params.id} was not found`)

  // Guests are matched by email; `matched_by` tells the agent how far to trust that match.
  const requester = ticket.customer_id ? { customer_id: ticket.customer_id } : ticket.email ? { email: ticket.email } : null
  const matched_by = !requester
    ? null
    : ticket.customer_id
      ? "customer"
      : ticket.identity === "verified_email"
        ? "verified_email"
        : "unverified_email"
  const [customers, orders, tickets, ticketCounts, orderActions] = await Promise.all([
    ticket.customer_id
      ? req.scope.resolve(Modules.CUSTOMER).listCustomers(
          { id: ticket.customer_id },
          { take: 1, select: ["id", "email", "first_name", "last_name", "phone", "has_account", "created_at"] }
        )
      : Promise.resolve([]),
    requester ? loadRequesterOrders(req.scope, requester) : Promise.resolve(null),
    requester
      ? helpdesk.listSupportTickets(
          { ...requester, id: { $ne: ticket.id } },
          {
            take: OTHER_TICKETS_SHOWN,
            order: { created_at: "DESC" },
            select: ["id", "display_id", "subject", "status", "priority", "channel", "created_at", "last_message_at"],
          }
        )
      : Promise.resolve([]),
    requester ? helpdesk.countRequesterTickets(requester) : Promise.resolve({ total: 1, open: 0 }),
    ticket.order_id ? loadOrderActionsView(req.scope, ticket) : Promise.resolve(null),
  ])

  res.json({
    customer: customers[0] ?? (ticket.email ? { id: null, email: ticket.email, name: ticket.name, identity: ticket.identity } : null),
    orders: orders?.orders ?? [],
    tickets,
    matched_by,
    order_actions: orderActions,
    stats: {
      orders_count: orders?.count ?? 0,
      lifetime_value: orders?.lifetime_value ?? 0,
      currency_code: orders?.currency_code ?? null,
      tickets_count: ticketCounts.total,
      open_tickets_count: ticketCounts.open,
    },
  })
}
