import { AuthenticatedMedusaRequest, MedusaRequest } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { HelpdeskActor } from "../../../../workflows/tickets/types"
import { fullName } from "../../../utils/full-name"

/** The signed-in customer's id, or null for a guest (never undefined: see MEDUSA-NOTES on IS NULL). */
export function customerIdOf(req: MedusaRequest): string | null {
  const auth = (req as AuthenticatedMedusaRequest).auth_context
  return auth?.actor_type === "customer" && auth.actor_id ? auth.actor_id : null
}

/** A shopper as workflows see them: their account, and/or the guest token they hold. */
export async function storeActor(req: MedusaRequest): Promise<HelpdeskActor> {
  const customerId = customerIdOf(req)
  const token = req.get("x-ticket-token")
  let name: string | null = null
  if (customerId) {
    const customer = await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(customerId)
    name = fullName(customer) ?? null
  }
  return { type: "customer", customer_id: customerId, access_token: token || null, name }
}
