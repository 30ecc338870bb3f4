import { createHook, createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, refundPaymentsWorkflow } from "@medusajs/medusa/core-flows"
import { OrderActionEvents } from "../../../modules/helpdesk/domain/order-actions/events"
import { createMessageStep } from "../../tickets/steps/create-message"
import { internalActionLine, money, publicActionLine } from "../lines"
import { createRefundApprovalStep } from "../steps/create-refund-approval"
import { loadTicketOrderStep } from "../steps/load-ticket-order"
import { acquireLockStep, orderLockKey, releaseLockStep } from "../steps/order-lock"
import { planTicketRefundStep } from "../steps/plan-refund"
import { RefundTicketOrderInput } from "../types"

export const refundTicketOrderWorkflowId = "refund-support-ticket-order"

/**
 * Refunds part or all of what was captured for the ticket's order, through Medusa's
 * `refundPaymentsWorkflow` (largest refundable payment first; 400 above what is refundable).
 * Above the approval limit (Settings -> Support -> Order actions) nothing is refunded: an approval
 * request is recorded on the ticket for a second agent (`approveRefundWorkflow` then runs this
 * workflow with `approval`). Result: `{ refunded: true }` or `{ refunded: false, approval }`.
 *
 * Medusa's refund is sent to the payment provider and cannot be undone, so it is the last step:
 * the lines and the hook `refundPlanned` ({ ticket_id, order_id, amount, needs_approval,
 * additional_data }) run before it, and a hook that throws stops the refund (or the approval request).
 *
 * @example
 * await refundTicketOrderWorkflow(container).run({ input: { ticket_id, actor: { id: userId }, amount: 10 } })
 */
export const refundTicketOrderWorkflow = createWorkflow(
  refundTicketOrderWorkflowId,
  (input: WorkflowData<RefundTicketOrderInput>) => {
    const loaded = loadTicketOrderStep({ ticket_id: input.ticket_id })
    const lock = transform({ loaded }, ({ loaded }) => ({ key: orderLockKey(loaded.order.id), timeout: 10, ttl: 120 }))
    acquireLockStep(lock)
    const plan = planTicketRefundStep(
      transform({ loaded, input }, ({ loaded, input }) => ({
        order: loaded.order,
        amount: input.amount,
        approved: !!input.approval,
      }))
    )

    const approval = when({ plan }, ({ plan }) => plan.needs_approval).then(() => {
      const created = createRefundApprovalStep(
        transform({ loaded, input, plan }, ({ loaded, input, plan }) => ({
          ticket_id: loaded.ticket.id,
          order_id: loaded.order.id,
          amount: input.amount,
          currency_code: plan.currency_code,
          note: input.note ?? null,
          requested_by: input.actor.id,
          requested_by_name: input.actor.name ?? null,
        }))
      )
      createMessageStep(
        transform({ loaded, input, plan, created }, ({ loaded, input, plan, created }) =>
          internalActionLine(
            loaded,
            input.actor,
            "refund_approval_requested",
            `Refund of ${money(input.amount, plan.currency_code)} waits for another agent's approval`,
            { approval_id: created.id, amount: input.amount, currency_code: plan.currency_code },
            input.note
          )
        )
      ).config({ name: "create-support-refund-approval-line" })
      emitEventStep({
        eventName: OrderActionEvents.REFUND_APPROVAL_REQUESTED,
        data: transform({ loaded, created }, ({ loaded, created }) => ({
          id: loaded.ticket.id,
          order_id: loaded.order.id,
          approval_id: created.id,
        })),
      }).config({ name: "emit-support-refund-approval-requested" })
      return created
    })

    const refundPlanned = createHook("refundPlanned", {
      ticket_id: input.ticket_id,
      order_id: transform({ loaded }, ({ loaded }) => loaded.order.id),
      amount: input.amount,
      needs_approval: transform({ plan }, ({ plan }) => plan.needs_approval),
      additional_data: input.additional_data,
    })

    when({ plan }, ({ plan }) => !plan.needs_approval).then(() => {
      createMessageStep(
        transform({ loaded, input, plan }, ({ loaded, input, plan }) =>
          internalActionLine(
            loaded,
            input.actor,
            "refund",
            input.approval
              ? `Refunded ${money(input.amount, plan.currency_code)}, approved by ${input.approval.approved_by_name || "another agent"}`
              : `Refunded ${money(input.amount, plan.currency_code)}`,
            {
              amount: input.amount,
              currency_code: plan.currency_code,
              payments: plan.payments,
              approval_id: input.approval?.id ?? null,
            },
            input.note
          )
        )
      ).config({ name: "create-support-order-action-line" })
      createMessageStep(
        transform({ loaded, input, plan }, ({ loaded, input, plan }) =>
          publicActionLine(
            loaded,
            "refund",
            `A refund of ${money(input.amount, plan.currency_code)} was issued for order #${loaded.order.display_id}.`
          )
        )
      ).config({ name: "create-support-order-action-public-line" })
      refundPaymentsWorkflow.runAsStep({
        input: transform({ plan, input }, ({ plan, input }) =>
          plan.payments.map((p) => ({
            payment_id: p.payment_id,
            amount: p.amount,
            created_by: input.actor.id,
            note: input.note ?? undefined,
          }))
        ),
      })
      emitEventStep({
        eventName: OrderActionEvents.REFUNDED,
        data: transform({ loaded, input }, ({ loaded, input }) => ({
          id: loaded.ticket.id,
          order_id: loaded.order.id,
          amount: input.amount,
        })),
      }).config({ name: "emit-support-order-refunded" })
    })
    releaseLockStep(lock)

    const result = transform({ loaded, approval, plan }, ({ loaded, approval, plan }) => ({
      ticket_id: loaded.ticket.id,
      order_id: loaded.order.id,
      refunded: !plan.needs_approval,
      approval: approval ?? null,
    }))
    return new WorkflowResponse(result, { hooks: [refundPlanned] })
  }
)
