import { MedusaContainer } from "@medusajs/framework/types"
import { HELPDESK_MODULE } from "../../../../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../../../../modules/helpdesk/service"

type Resolver = Pick<MedusaContainer, "resolve">

export function presentApproval(a: Record<string, any>) {
  return {
    id: a.id,
    ticket_id: a.ticket_id,
    order_id: a.order_id,
    amount: Number(a.amount),
    currency_code: a.currency_code,
    note: a.note ?? null,
    status: a.status,
    requested_by: a.requested_by,
    requested_by_name: a.requested_by_name ?? null,
    decided_by: a.decided_by ?? null,
    decided_at: a.decided_at ?? null,
    created_at: a.created_at,
  }
}

export async function listTicketApprovals(scope: Resolver, ticketId: string) {
  const helpdesk = scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const rows = await helpdesk.listSupportRefundApprovals({ ticket_id: ticketId }, { order: { created_at: "DESC" }, take: 50 })
  return rows.map(presentApproval)
}
