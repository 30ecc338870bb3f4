import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { approveRefundWorkflow, rejectRefundWorkflow } from "../../../../../../workflows"
import { loadOrderView } from "../../../../../../workflows/order-actions/order-view"
import { agentActor, retrieveAdminTicket } from "../../admin-ticket"
import { AdminDecideRefundApprovalType } from "./validators"
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

/**
 * What the ticket page's "Order actions" section shows: the ticket's order as Medusa reports it
 * (statuses, refundable amount, returnable quantities, tracking), the ticket's refund approvals
 * and the store's return reasons. Served alone and inside the ticket's context.
 */
export async function loadOrderActionsView(scope: Resolver, ticket: { id: string; order_id: string | null }) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const [order, approvals, return_reasons] = await Promise.all([
    ticket.order_id ? loadOrderView(scope as MedusaContainer, ticket.order_id) : null,
    listTicketApprovals(scope, ticket.id),
    query.graph({ entity: "return_reason", fields: ["id", "label", "value"] }).then((r) => r.data),
  ])
  return { order, approvals, return_reasons }
}

/** POST …/approvals/:approval_id/approve and …/reject: one decision, answered with the re-read ticket and order. */
export function decideRefundApprovalRoute(workflow: typeof approveRefundWorkflow | typeof rejectRefundWorkflow) {
  return async (req: AuthenticatedMedusaRequest<AdminDecideRefundApprovalType>, res: MedusaResponse) => {
    const { result } = await workflow(req.scope).run({
      input: {
        ticket_id: req.params.id,
        approval_id: req.params.approval_id,
        actor: await agentActor(req),
        additional_data: req.validatedBody.additional_data,
      },
    })
    const [ticket, order] = await Promise.all([
      retrieveAdminTicket(req.scope, req.params.id, req.queryConfig.fields),
      loadOrderView(req.scope as MedusaContainer, result.order_id),
    ])
    res.json({ ticket, order, approval: presentApproval(result.approval) })
  }
}
