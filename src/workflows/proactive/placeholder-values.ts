import { MedusaContainer } from "@medusajs/framework/types"
import type { PlaceholderValues } from "../../modules/helpdesk/domain/placeholders"
import { formatTotal } from "../../api/admin/support/canned-replies/[id]/render/placeholder-values"
import { orderPlaceholderValues } from "../order-actions/order-placeholders"
import type { ProactiveOrder } from "./load-order"

/**
 * The placeholder values of a proactive message: the same names and meanings as a canned reply's
 * (domain/placeholders.ts), from the order rather than from a ticket. `ticket.*` is filled only
 * when the message goes on an existing ticket; `agent.first_name` is always empty (no agent wrote it).
 */
export async function proactivePlaceholderValues(
  scope: Pick<MedusaContainer, "resolve">,
  order: ProactiveOrder,
  ctx: { locale: string; store: string | null; ticket?: { display_id: number | string; subject: string } | null }
): Promise<PlaceholderValues> {
  return {
    ...(await orderPlaceholderValues(scope, order.id)),
    "customer.first_name": order.customer?.first_name ?? order.shipping_address?.first_name ?? null,
    "customer.last_name": order.customer?.last_name ?? order.shipping_address?.last_name ?? null,
    "customer.email": order.customer?.email || order.email,
    "order.display_id": order.display_id,
    "order.status": order.status,
    "order.total": formatTotal(order.total, order.currency_code, ctx.locale),
    "ticket.display_id": ctx.ticket?.display_id ?? null,
    "ticket.subject": ctx.ticket?.subject ?? null,
    "agent.first_name": null,
    "store.name": ctx.store,
  }
}
