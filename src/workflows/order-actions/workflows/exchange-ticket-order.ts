import { MedusaError } from "@medusajs/framework/utils"
import { createHook, createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  beginExchangeOrderWorkflow,
  confirmExchangeRequestWorkflow,
  emitEventStep,
  orderExchangeAddNewItemWorkflow,
  orderExchangeRequestItemReturnWorkflow,
} from "@medusajs/medusa/core-flows"
import { OrderActionEvents } from "../../../modules/helpdesk/domain/order-actions/events"
import { createMessageStep } from "../../tickets/steps/create-message"
import { internalActionLine, publicActionLine } from "../lines"
import { cancelExchangeOnFailureStep } from "../steps/cancel-exchange-on-failure"
import { loadTicketOrderStep } from "../steps/load-ticket-order"
import { acquireLockStep, orderLockKey, releaseLockStep } from "../steps/order-lock"
import { ExchangeTicketOrderInput, ExchangeTicketOrderResult } from "../types"

export const exchangeTicketOrderWorkflowId = "exchange-support-ticket-order"

const count = (items: { quantity: number }[]) => items.reduce((s, i) => s + i.quantity, 0)
const plural = (n: number) => `${n} item${n === 1 ? "" : "s"}`

/**
 * Exchanges items of the ticket's order for other variants, as an agent does on Medusa's order
 * page: `beginExchangeOrderWorkflow`, `orderExchangeRequestItemReturnWorkflow` (Medusa refuses items
 * not in the order and more than was fulfilled), `orderExchangeAddNewItemWorkflow` (the new items,
 * priced for the order's region), `confirmExchangeRequestWorkflow` (the exchange and its return are
 * requested on the order; the new items are reserved; a difference is due or owed on the order's
 * payment collection). When a later step fails, the begun exchange is cancelled with
 * `cancelBeginOrderExchangeWorkflow` and Medusa's compensations undo the rest.
 *
 * Hook `exchangeRequested` ({ ticket_id, order_id, exchange_id, additional_data }); a
 * hook that throws rolls the whole exchange back.
 *
 * @example
 * await exchangeTicketOrderWorkflow(container).run({
 *   input: {
 *     ticket_id, actor: { id: userId },
 *     return_items: [{ id: "ordli_...", quantity: 1 }],
 *     new_items: [{ variant_id: "variant_...", quantity: 1 }],
 *     note: "Wants the larger size",
 *   },
 * })
 */
export const exchangeTicketOrderWorkflow = createWorkflow(
  exchangeTicketOrderWorkflowId,
  (input: WorkflowData<ExchangeTicketOrderInput>) => {
    const loaded = loadTicketOrderStep({ ticket_id: input.ticket_id })
    const lock = transform({ loaded }, ({ loaded }) => ({ key: orderLockKey(loaded.order.id), timeout: 10, ttl: 120 }))
    acquireLockStep(lock)
    const change = beginExchangeOrderWorkflow.runAsStep({
      input: transform({ loaded, input }, ({ loaded, input }) => {
        if (loaded.order.status === "canceled") {
          throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "A canceled order cannot be exchanged")
        }
        return { order_id: loaded.order.id, created_by: input.actor.id, internal_note: input.note ?? undefined }
      }),
    })
    const exchangeId = transform({ change }, ({ change }) => change.exchange_id as string)
    cancelExchangeOnFailureStep({ exchange_id: exchangeId })
    orderExchangeRequestItemReturnWorkflow.runAsStep({
      input: transform({ exchangeId, change, input }, ({ exchangeId, change, input }) => ({
        exchange_id: exchangeId,
        // As Medusa's own route passes it: the exchange's return, none yet (Medusa creates it here).
        return_id: change.return_id as string,
        items: input.return_items.map((i) => ({
          id: i.id,
          quantity: i.quantity,
          reason_id: i.reason_id ?? input.reason_id ?? undefined,
          internal_note: input.note ?? undefined,
        })),
      })),
    })
    orderExchangeAddNewItemWorkflow.runAsStep({
      input: transform({ exchangeId, input }, ({ exchangeId, input }) => ({
        exchange_id: exchangeId,
        items: input.new_items.map((i) => ({ variant_id: i.variant_id, quantity: i.quantity })),
      })),
    })
    confirmExchangeRequestWorkflow.runAsStep({
      input: transform({ exchangeId, input }, ({ exchangeId, input }) => ({ exchange_id: exchangeId, confirmed_by: input.actor.id })),
    })
    const ids = transform({ loaded, change }, ({ loaded, change }): ExchangeTicketOrderResult => ({
      ticket_id: loaded.ticket.id,
      order_id: loaded.order.id,
      exchange_id: change.exchange_id as string,
    }))
    createMessageStep(
      transform({ loaded, input, ids }, ({ loaded, input, ids }) =>
        internalActionLine(
          loaded,
          input.actor,
          "exchange",
          `Exchange requested: ${plural(count(input.return_items))} back, ${plural(count(input.new_items))} sent`,
          {
            exchange_id: ids.exchange_id,
            return_items: input.return_items.map((i) => ({ id: i.id, quantity: i.quantity })),
            new_items: input.new_items.map((i) => ({ variant_id: i.variant_id, quantity: i.quantity })),
          },
          input.note
        )
      )
    ).config({ name: "create-support-order-action-line" })
    createMessageStep(
      transform({ loaded }, ({ loaded }) =>
        publicActionLine(loaded, "exchange", `An exchange was started for order #${loaded.order.display_id}.`)
      )
    ).config({ name: "create-support-order-action-public-line" })
    const exchangeRequested = createHook("exchangeRequested", {
      ticket_id: ids.ticket_id,
      order_id: ids.order_id,
      exchange_id: ids.exchange_id,
      additional_data: input.additional_data,
    })
    releaseLockStep(lock)
    emitEventStep({
      eventName: OrderActionEvents.EXCHANGE_REQUESTED,
      data: transform({ ids }, ({ ids }) => ({ id: ids.ticket_id, order_id: ids.order_id, exchange_id: ids.exchange_id })),
    })
    return new WorkflowResponse(ids, { hooks: [exchangeRequested] })
  }
)
