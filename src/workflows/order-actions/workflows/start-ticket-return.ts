import { MedusaError } from "@medusajs/framework/utils"
import { createHook, createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  beginReturnOrderWorkflow,
  confirmReturnRequestWorkflow,
  emitEventStep,
  requestItemReturnWorkflow,
} from "@medusajs/medusa/core-flows"
import { OrderActionEvents } from "../../../modules/helpdesk/domain/order-actions/events"
import { createMessageStep } from "../../tickets/steps/create-message"
import { internalActionLine, publicActionLine } from "../lines"
import { loadTicketOrderStep } from "../steps/load-ticket-order"
import { acquireLockStep, orderLockKey, releaseLockStep } from "../steps/order-lock"
import { StartTicketReturnInput } from "../types"

export const startTicketReturnWorkflowId = "start-support-ticket-return"

/**
 * Starts a return for chosen items of the ticket's order, as an agent does on Medusa's order page:
 * `beginReturnOrderWorkflow`, `requestItemReturnWorkflow` (Medusa refuses items not in the order or
 * more than was fulfilled, and canceled orders), `confirmReturnRequestWorkflow` (the return is
 * "requested" and shows on the order). The items' reason and the note go to Medusa as well.
 *
 * Hook `returnStarted` ({ ticket_id, order_id, return_id, additional_data }); a hook that throws
 * rolls the whole return back.
 *
 * @example
 * await startTicketReturnWorkflow(container).run({
 *   input: { ticket_id, actor: { id: userId }, items: [{ id: "ordli_...", quantity: 1 }], note: "Too small" },
 * })
 */
export const startTicketReturnWorkflow = createWorkflow(
  startTicketReturnWorkflowId,
  (input: WorkflowData<StartTicketReturnInput>) => {
    const loaded = loadTicketOrderStep({ ticket_id: input.ticket_id })
    const lock = transform({ loaded }, ({ loaded }) => ({ key: orderLockKey(loaded.order.id), timeout: 10, ttl: 120 }))
    acquireLockStep(lock)
    const change = beginReturnOrderWorkflow.runAsStep({
      input: transform({ loaded, input }, ({ loaded, input }) => {
        if (loaded.order.status === "canceled") {
          throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "A canceled order cannot be returned")
        }
        return { order_id: loaded.order.id, created_by: input.actor.id, internal_note: input.note ?? undefined }
      }),
    })
    const returnId = transform({ change }, ({ change }) => change.return_id as string)
    requestItemReturnWorkflow.runAsStep({
      input: transform({ returnId, input }, ({ returnId, input }) => ({
        return_id: returnId,
        items: input.items.map((i) => ({
          id: i.id,
          quantity: i.quantity,
          reason_id: i.reason_id ?? input.reason_id ?? undefined,
          internal_note: input.note ?? undefined,
        })),
      })),
    })
    confirmReturnRequestWorkflow.runAsStep({
      input: transform({ returnId, input }, ({ returnId, input }) => ({ return_id: returnId, confirmed_by: input.actor.id })),
    })
    createMessageStep(
      transform({ loaded, input, returnId }, ({ loaded, input, returnId }) => {
        const count = input.items.reduce((s, i) => s + i.quantity, 0)
        return internalActionLine(
          loaded,
          input.actor,
          "return",
          `Return started for ${count} item${count === 1 ? "" : "s"}`,
          { return_id: returnId, items: input.items.map((i) => ({ id: i.id, quantity: i.quantity })) },
          input.note
        )
      })
    ).config({ name: "create-support-order-action-line" })
    createMessageStep(
      transform({ loaded }, ({ loaded }) =>
        publicActionLine(loaded, "return", `A return was started for order #${loaded.order.display_id}.`)
      )
    ).config({ name: "create-support-order-action-public-line" })
    const ids = transform({ loaded, returnId }, ({ loaded, returnId }) => ({
      ticket_id: loaded.ticket.id,
      order_id: loaded.order.id,
      return_id: returnId,
    }))
    const returnStarted = createHook("returnStarted", {
      ticket_id: ids.ticket_id,
      order_id: ids.order_id,
      return_id: ids.return_id,
      additional_data: input.additional_data,
    })
    releaseLockStep(lock)
    emitEventStep({
      eventName: OrderActionEvents.RETURN_STARTED,
      data: transform({ ids }, ({ ids }) => ({ id: ids.ticket_id, order_id: ids.order_id, return_id: ids.return_id })),
    })
    return new WorkflowResponse(ids, { hooks: [returnStarted] })
  }
)
