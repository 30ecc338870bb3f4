import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../../modules/helpdesk/domain/constants"
import { isAwaitingShipment, ProactiveKind } from "../../modules/helpdesk/domain/proactive"
import type HelpdeskModuleService from "../../modules/helpdesk/service"
import type { ProactiveOrder } from "./load-order"

type Resolver = Pick<MedusaContainer, "resolve">

/**
 * Why an event of `kind` about `order` is not one the desk speaks about (null: it is). What
 * Medusa 2.21.2's events can and cannot tell is in docs/proactive.md "What Medusa tells us".
 */
export async function proactiveSkipReason(
  scope: Resolver,
  kind: ProactiveKind,
  order: ProactiveOrder,
  detail: string | null
): Promise<string | null> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  switch (kind) {
    case "order_canceled": {
      if (order.status !== "canceled" && !order.canceled_at) return "not_canceled"
      // order.canceled carries only the order id. Medusa 2.21.2 has no storefront cancel route:
      // a cancel comes from the admin, an agent on a ticket, or host code. A host whose shoppers
      // cancel themselves marks that on the order (docs/proactive.md).
      if (order.metadata?.canceled_by === "customer") return "canceled_by_customer"
      // An agent canceled it from a ticket: that ticket already has the lines (order actions).
      const helpdesk = scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
      const tickets = await helpdesk.listSupportTickets({ order_id: order.id }, { select: ["id"], take: 50 })
      if (tickets.length) {
        const lines = await helpdesk.listSupportMessages(
          { ticket_id: tickets.map((t) => t.id), author_type: "system" },
          { select: ["id", "metadata"], take: 500 }
        )
        const fromTicket = lines.some(
          (l: any) => l.metadata?.event === "order_action" && l.metadata?.action === "cancel" && l.metadata?.order_id === order.id
        )
        if (fromTicket) return "canceled_from_ticket"
      }
      return null
    }
    case "return_requested": {
      if (!detail) return "return_not_found"
      const { data } = await query.graph({ entity: "return", fields: ["id", "order_id", "created_by"], filters: { id: detail } })
      const ret = data[0] as { order_id?: string; created_by?: string | null } | undefined
      if (!ret || ret.order_id !== order.id) return "return_not_found"
      // The storefront's POST /store/returns records no creator. The admin's return flow (and an
      // agent's return from a ticket) records the user on the return; createAndCompleteReturnOrderWorkflow
      // called with `created_by` records it on the return's order change only.
      if (ret.created_by) return "return_by_staff"
      const { data: changes } = await query.graph({ entity: "order_change", fields: ["id", "created_by"], filters: { return_id: detail } })
      if ((changes as { created_by?: string | null }[]).some((c) => c.created_by)) return "return_by_staff"
      return null
    }
    case "not_shipped": {
      const { data } = await query.graph({
        entity: "order",
        fields: ["id", "status", "canceled_at", "fulfillments.shipped_at", "fulfillments.delivered_at", "fulfillments.canceled_at"],
        filters: { id: order.id },
      })
      return isAwaitingShipment(data[0] as any) ? null : "shipped"
    }
    default:
      return null
  }
}
