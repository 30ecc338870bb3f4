import { MedusaError } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { OrderActionEvents } from "../../../modules/helpdesk/domain/order-actions/events"
import { createMessageStep } from "../../tickets/steps/create-message"
import { internalActionLine } from "../lines"
import { loadTicketOrderStep } from "../steps/load-ticket-order"
import { ResendOrderNotificationInput } from "../types"

export const resendOrderNotificationWorkflowId = "resend-support-order-notification"

/**
 * Asks for the order confirmation or the shipping notification again. Medusa sends no order mail
 * itself (hosts do, from `order.placed` / `shipment.created` subscribers), so this emits
 * `support_ticket.order_notification_resent` ({ id, order_id, kind, fulfillment_id }) for the
 * host's subscriber that sends it, and records an internal line. A shipping notification needs a
 * shipped fulfillment (400 otherwise).
 *
 * @example
 * await resendOrderNotificationWorkflow(container).run({ input: { ticket_id, actor: { id }, kind: "order_confirmation" } })
 */
export const resendOrderNotificationWorkflow = createWorkflow(
  resendOrderNotificationWorkflowId,
  (input: WorkflowData<ResendOrderNotificationInput>) => {
    const loaded = loadTicketOrderStep({ ticket_id: input.ticket_id })
    const data = transform({ loaded, input }, ({ loaded, input }) => {
      let fulfillment_id: string | null = null
      if (input.kind === "shipping_notification") {
        const shipped = (loaded.order.fulfillments ?? []).filter((f: any) => f && f.shipped_at && !f.canceled_at)
        if (!shipped.length) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This order has not shipped yet")
        fulfillment_id = shipped[shipped.length - 1].id
      }
      return { id: loaded.ticket.id, order_id: loaded.order.id, kind: input.kind, fulfillment_id }
    })
    createMessageStep(
      transform({ loaded, input }, ({ loaded, input }) =>
        internalActionLine(
          loaded,
          input.actor,
          "resend",
          input.kind === "order_confirmation" ? "Order confirmation sent again" : "Shipping notification sent again",
          { kind: input.kind },
          input.note
        )
      )
    ).config({ name: "create-support-order-action-line" })
    emitEventStep({ eventName: OrderActionEvents.NOTIFICATION_RESENT, data })
    return new WorkflowResponse(data)
  }
)
