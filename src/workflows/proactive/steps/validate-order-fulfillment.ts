import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const validateOrderFulfillmentStepId = "validate-support-order-fulfillment"

/** Refuses (400) a fulfillment that is not one of the order's, and an order that does not exist. */
export const validateOrderFulfillmentStep = createStep(
  validateOrderFulfillmentStepId,
  async (input: { order_id: string; fulfillment_id?: string | null }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ["id", "fulfillments.id"], filters: { id: input.order_id } })
    const order = data[0] as any
    if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${input.order_id} was not found`)
    if (input.fulfillment_id && !(order.fulfillments ?? []).some((f: any) => f?.id === input.fulfillment_id)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Fulfillment ${input.fulfillment_id} is not one of order ${input.order_id}'s`)
    }
    return new StepResponse(null)
  }
)
