import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { OrderActionEvents } from "../../../modules/helpdesk/domain/order-actions/events"
import { createMessageStep } from "../../tickets/steps/create-message"
import { internalActionLine, money } from "../lines"
import { decideRefundApprovalStep } from "../steps/decide-refund-approval"
import { loadTicketOrderStep } from "../steps/load-ticket-order"
import { DecideRefundApprovalInput, RefundDecisionResult } from "../types"
import { refundTicketOrderWorkflow } from "./refund-ticket-order"

export const approveRefundWorkflowId = "approve-support-refund"

/**
 * A second agent approves a refund waiting on the ticket: the approval is decided once (never by
 * the agent who asked), then `refundTicketOrderWorkflow` runs the refund with the amount asked
 * for, checked again against what is refundable now. A refused refund puts the approval back to
 * pending.
 *
 * @example
 * await approveRefundWorkflow(container).run({ input: { ticket_id, approval_id, actor: { id: otherUserId } } })
 */
export const approveRefundWorkflow = createWorkflow(
  approveRefundWorkflowId,
  (input: WorkflowData<DecideRefundApprovalInput>) => {
    const approval = decideRefundApprovalStep(
      transform({ input }, ({ input }) => ({
        ticket_id: input.ticket_id,
        approval_id: input.approval_id,
        actor_id: input.actor.id,
        decision: "approved" as const,
      }))
    )
    const refund = refundTicketOrderWorkflow.runAsStep({
      input: transform({ input, approval }, ({ input, approval }) => ({
        ticket_id: input.ticket_id,
        // The refund is the requester's: their name on the line, the approver's beside it.
        actor: { id: approval.requested_by, name: approval.requested_by_name },
        amount: approval.amount,
        note: approval.note,
        approval: { id: approval.id, approved_by: input.actor.id, approved_by_name: input.actor.name ?? null },
        additional_data: input.additional_data,
      })),
    })
    return new WorkflowResponse(
      transform({ approval, refund }, ({ approval, refund }): RefundDecisionResult => ({ order_id: refund.order_id, approval }))
    )
  }
)

export const rejectRefundWorkflowId = "reject-support-refund"

/**
 * A second agent turns down a refund waiting on the ticket; an internal line says so.
 *
 * @example
 * await rejectRefundWorkflow(container).run({ input: { ticket_id, approval_id, actor: { id: otherUserId } } })
 */
export const rejectRefundWorkflow = createWorkflow(
  rejectRefundWorkflowId,
  (input: WorkflowData<DecideRefundApprovalInput>) => {
    const loaded = loadTicketOrderStep({ ticket_id: input.ticket_id })
    const approval = decideRefundApprovalStep(
      transform({ input }, ({ input }) => ({
        ticket_id: input.ticket_id,
        approval_id: input.approval_id,
        actor_id: input.actor.id,
        decision: "rejected" as const,
      }))
    )
    createMessageStep(
      transform({ loaded, input, approval }, ({ loaded, input, approval }) =>
        internalActionLine(
          loaded,
          input.actor,
          "refund_approval_rejected",
          `Refund of ${money(approval.amount, approval.currency_code)} was not approved`,
          { approval_id: approval.id }
        )
      )
    ).config({ name: "create-support-refund-rejected-line" })
    emitEventStep({
      eventName: OrderActionEvents.REFUND_APPROVAL_REJECTED,
      data: transform({ loaded, approval }, ({ loaded, approval }) => ({
        id: loaded.ticket.id,
        order_id: loaded.order.id,
        approval_id: approval.id,
      })),
    })
    return new WorkflowResponse(
      transform({ loaded, approval }, ({ loaded, approval }): RefundDecisionResult => ({ order_id: loaded.order.id, approval }))
    )
  }
)
