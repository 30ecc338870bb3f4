import { createHook, createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow, emitEventStep } from "@medusajs/medusa/core-flows"
import { OrderActionEvents } from "../../../modules/helpdesk/domain/order-actions/events"
import { createMessageStep } from "../../tickets/steps/create-message"
import { internalActionLine, publicActionLine } from "../lines"
import { loadTicketOrderStep } from "../steps/load-ticket-order"
import { acquireLockStep, orderLockKey, releaseLockStep } from "../steps/order-lock"
import { CancelTicketOrderInput } from "../types"

export const cancelTicketOrderWorkflowId = "cancel-support-ticket-order"

/**
 * Cancels the ticket's order with Medusa's `cancelOrderWorkflow` (which refuses an order already
 * canceled, completed, or with fulfillments not canceled, and refunds captured payments), then
 * records it on the ticket: an internal line with the order link, a neutral public line.
 *
 * Hook `orderCanceled` ({ ticket_id, order_id, additional_data }) runs after the cancel; a hook that
 * throws rolls the cancel back (Medusa restores the order; a refund already sent to the payment
 * provider cannot be taken back).
 *
 * @example
 * await cancelTicketOrderWorkflow(container).run({ input: { ticket_id, actor: { id: userId } } })
 */
export const cancelTicketOrderWorkflow = createWorkflow(
  cancelTicketOrderWorkflowId,
  (input: WorkflowData<CancelTicketOrderInput>) => {
    const loaded = loadTicketOrderStep({ ticket_id: input.ticket_id })
    const lock = transform({ loaded }, ({ loaded }) => ({ key: orderLockKey(loaded.order.id), timeout: 10, ttl: 120 }))
    acquireLockStep(lock)
    cancelOrderWorkflow.runAsStep({
      input: transform({ loaded, input }, ({ loaded, input }) => ({ order_id: loaded.order.id, canceled_by: input.actor.id })),
    })
    createMessageStep(
      transform({ loaded, input }, ({ loaded, input }) =>
        internalActionLine(loaded, input.actor, "cancel", "Order canceled", {}, input.note)
      )
    ).config({ name: "create-support-order-action-line" })
    createMessageStep(
      transform({ loaded }, ({ loaded }) =>
        publicActionLine(loaded, "cancel", `Order #${loaded.order.display_id} was canceled.`)
      )
    ).config({ name: "create-support-order-action-public-line" })
    const ids = transform({ loaded }, ({ loaded }) => ({ ticket_id: loaded.ticket.id, order_id: loaded.order.id }))
    const orderCanceled = createHook("orderCanceled", {
      ticket_id: ids.ticket_id,
      order_id: ids.order_id,
      additional_data: input.additional_data,
    })
    releaseLockStep(lock)
    emitEventStep({
      eventName: OrderActionEvents.ORDER_CANCELED,
      data: transform({ ids }, ({ ids }) => ({ id: ids.ticket_id, order_id: ids.order_id })),
    })
    return new WorkflowResponse(ids, { hooks: [orderCanceled] })
  }
)
