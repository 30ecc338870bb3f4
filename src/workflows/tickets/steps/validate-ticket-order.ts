import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ValidateTicketOrderInput = {
  order_id?: string | null
  /** When set, the order must be this customer's. */
  customer_id?: string | null
  /** For guests: the order's email must match. */
  email?: string | null
  /** Agents may link any existing order. */
  any_owner?: boolean
}

export const validateTicketOrderStepId = "validate-support-ticket-order"

/** An order can only be linked by its owner; someone else's order is the same 404 as none. */
export const validateTicketOrderStep = createStep(
  validateTicketOrderStepId,
  async (input: ValidateTicketOrderInput, { container }) => {
    if (!input.order_id) return new StepResponse(null)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "customer_id", "email"],
      filters: { id: input.order_id },
    })
    const order = data[0]
    const owned =
      !!order &&
      (input.any_owner ||
        (input.customer_id
          ? order.customer_id === input.customer_id
          : !!input.email &&
            !!order.email &&
            order.email.toLowerCase() === input.email.toLowerCase()))
    if (!owned) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${input.order_id} was not found`)
    }
    return new StepResponse({ id: order.id })
  }
)
