import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadRawOrder } from "../order-view"

export type TicketOrder = {
  ticket: { id: string; display_id: number | string; customer_id: string | null; email: string | null; order_id: string }
  order: Record<string, any>
}

export const loadTicketOrderStepId = "load-support-ticket-order"

/**
 * The ticket and its order. Refuses (400) a ticket without an order, and an order that is not the
 * requester's (another customer's, or a guest order of another email): an action on it would
 * reach someone who never wrote to the desk.
 */
export const loadTicketOrderStep = createStep(
  loadTicketOrderStepId,
  async (input: { ticket_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "support_ticket",
      fields: ["id", "display_id", "customer_id", "email", "order_id"],
      filters: { id: input.ticket_id },
    })
    const ticket = data[0]
    if (!ticket) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Ticket with id: ${input.ticket_id} was not found`)
    if (!ticket.order_id) throw new MedusaError(MedusaError.Types.INVALID_DATA, "This ticket has no order to act on")
    const order = await loadRawOrder(container, ticket.order_id)
    const sameCustomer = !!ticket.customer_id && order.customer_id === ticket.customer_id
    const sameGuest =
      !ticket.customer_id && !!ticket.email && !!order.email && order.email.toLowerCase() === ticket.email.toLowerCase()
    if (!sameCustomer && !sameGuest) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The ticket's order does not belong to the ticket's requester")
    }
    return new StepResponse({ ticket, order } as TicketOrder)
  }
)
