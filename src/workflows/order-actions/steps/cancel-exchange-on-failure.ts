import { ContainerRegistrationKeys, OrderChangeStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cancelBeginOrderExchangeWorkflow } from "@medusajs/medusa/core-flows"

export const cancelExchangeOnFailureStepId = "cancel-support-exchange-on-failure"

/**
 * Does nothing when it runs; when a later step of the exchange fails, its compensation cancels the
 * begun exchange with Medusa's `cancelBeginOrderExchangeWorkflow` (what Medusa's admin does when an
 * agent abandons an exchange request): the exchange, its return and its order change are removed.
 * It only acts on an exchange whose order change is still open, so a confirmed exchange is left
 * to Medusa's own compensations of the confirmation.
 */
export const cancelExchangeOnFailureStep = createStep(
  cancelExchangeOnFailureStepId,
  async (input: { exchange_id: string }) => new StepResponse(undefined, input.exchange_id),
  async (exchangeId, { container }) => {
    if (!exchangeId) return
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order_change",
      fields: ["id"],
      filters: { exchange_id: exchangeId, status: [OrderChangeStatus.PENDING, OrderChangeStatus.REQUESTED] },
    })
    if (!data.length) return
    await cancelBeginOrderExchangeWorkflow(container).run({ input: { exchange_id: exchangeId } })
  }
)
