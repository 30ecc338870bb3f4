import { CreateMessageStepInput } from "../tickets/steps/create-message"
import { OrderActionActor } from "./types"
import { TicketOrder } from "./steps/load-ticket-order"

/** Where an agent opens the order in Medusa's admin (relative to the admin's origin). */
export const orderAdminPath = (orderId: string) => `/app/orders/${orderId}`

function money(amount: number, currency: string) {
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency: currency.toUpperCase() }).format(amount)
  } catch {
    return `${amount} ${currency.toUpperCase()}`
  }
}

/**
 * The agents' line for an action: internal (shoppers never see it), with the order link, the
 * agent's note and the details in metadata for the admin to render.
 */
export function internalActionLine(
  { ticket, order }: TicketOrder,
  actor: OrderActionActor,
  action: string,
  text: string,
  details: Record<string, unknown> = {},
  note?: string | null
): CreateMessageStepInput {
  const body = [`${text} (order #${order.display_id}: ${orderAdminPath(order.id)})`, note ? `Note: ${note}` : null]
    .filter(Boolean)
    .join("\n")
  return {
    ticket_id: ticket.id,
    author_type: "system",
    author_id: actor.id,
    author_name: actor.name ?? null,
    body,
    internal: true,
    metadata: { event: "order_action", action, order_id: order.id, order_display_id: order.display_id, ...details },
  }
}

/**
 * What the shopper sees of an action in their thread: one neutral sentence, no amounts of
 * approvals, no notes, no agent names. Only for what changed their order.
 */
export function publicActionLine({ ticket, order }: TicketOrder, action: string, text: string): CreateMessageStepInput {
  return {
    ticket_id: ticket.id,
    author_type: "system",
    author_name: null,
    body: text,
    internal: false,
    metadata: { event: "order_action", action, order_id: order.id, order_display_id: order.display_id },
  }
}

export { money }
