import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { validateOrderFulfillmentStep } from "../steps/validate-order-fulfillment"
import { openProactiveTicketWorkflow } from "./open-proactive-ticket"

export const recordDeliveryFailureWorkflowId = "record-support-delivery-failure"

export type RecordDeliveryFailureInput = {
  order_id: string
  /** The order's fulfillment that failed (checked to be the order's). */
  fulfillment_id?: string | null
  /** The carrier's id for this failed attempt, so a second failed attempt is told apart from a retried webhook. */
  event_id?: string | null
  /** The carrier's reason, for agents (the internal line only; never shown to the shopper). */
  reason?: string | null
}

/**
 * A carrier could not deliver an order. Medusa 2.21.2 has no "delivery failed" state or event
 * (a fulfillment is only created, shipped, delivered or canceled), so the host calls this from
 * its carrier webhook or fulfillment provider (docs/proactive.md "Delivery failed"). Opens the
 * delivery_failed proactive ticket as configured, once per order + fulfillment + event_id.
 *
 * @example
 * await recordDeliveryFailureWorkflow(container).run({
 *   input: { order_id: "order_123", fulfillment_id: "ful_123", event_id: "evt_9", reason: "Address not found" },
 * })
 */
export const recordDeliveryFailureWorkflow = createWorkflow(
  recordDeliveryFailureWorkflowId,
  (input: WorkflowData<RecordDeliveryFailureInput>) => {
    validateOrderFulfillmentStep(transform({ input }, ({ input }) => ({ order_id: input.order_id, fulfillment_id: input.fulfillment_id })))
    const result = openProactiveTicketWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        kind: "delivery_failed" as const,
        order_id: input.order_id,
        detail: [input.fulfillment_id ?? "order", input.event_id].filter(Boolean).join(":"),
        note: input.reason?.trim() ? `Carrier: ${input.reason.trim()}` : null,
      })),
    })
    return new WorkflowResponse(result)
  }
)
