import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, PaymentActions } from "@medusajs/framework/utils"
import { openProactiveTicketWorkflow } from "./workflows/open-proactive-ticket"
import type { OpenProactiveTicketResult } from "./types"

type Resolver = Pick<MedusaContainer, "resolve">

/**
 * The provider outcomes the desk acts on. Medusa 2.21.2's own payment-webhook subscriber drops
 * exactly these (its processPaymentWorkflow handles authorized/captured only), and no event is
 * emitted for them: docs/proactive.md "Payment failed or requires action".
 */
export const PAYMENT_ISSUE_ACTIONS: readonly string[] = [PaymentActions.FAILED, PaymentActions.REQUIRES_MORE]

/**
 * The order a payment session paid for, if one exists: through the order's payment collection
 * (orders paid after placement, e.g. an outstanding amount), else through the cart that became
 * the order. Null for a cart not completed: then the shopper is still in checkout, where the
 * storefront shows the provider's answer, and there is no order to write about.
 */
export async function orderOfPaymentSession(scope: Resolver, sessionId: string): Promise<string | null> {
  if (!sessionId) return null
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: sessions } = await query.graph({ entity: "payment_session", fields: ["id", "payment_collection_id"], filters: { id: sessionId } })
  const collectionId = (sessions[0] as any)?.payment_collection_id as string | undefined
  if (!collectionId) return null
  const { data: orderLinks } = await query.graph({
    entity: "order_payment_collection",
    fields: ["order_id"],
    filters: { payment_collection_id: collectionId },
  })
  const direct = (orderLinks[0] as any)?.order_id as string | undefined
  if (direct) return direct
  const { data: cartLinks } = await query.graph({ entity: "cart_payment_collection", fields: ["cart_id"], filters: { payment_collection_id: collectionId } })
  const cartId = (cartLinks[0] as any)?.cart_id as string | undefined
  if (!cartId) return null
  const { data: orderCarts } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
  return ((orderCarts[0] as any)?.order_id as string | undefined) ?? null
}

/**
 * One provider outcome (as the payment module decoded it from a webhook): a failed payment or
 * one that needs the shopper's action opens the payment_failed ticket of its order, once per
 * session and outcome. Anything else, or a session with no order, does nothing.
 */
export async function handlePaymentWebhookAction(
  scope: Resolver,
  processed: { action?: string; data?: { session_id?: string } | null }
): Promise<OpenProactiveTicketResult | null> {
  const sessionId = processed.data?.session_id
  if (!sessionId || !processed.action || !PAYMENT_ISSUE_ACTIONS.includes(processed.action)) return null
  const orderId = await orderOfPaymentSession(scope, sessionId)
  if (!orderId) return null
  const { result } = await openProactiveTicketWorkflow(scope as MedusaContainer).run({
    input: {
      kind: "payment_failed",
      order_id: orderId,
      detail: `${sessionId}:${processed.action}`,
      note: `The payment provider reported "${processed.action}" for payment session ${sessionId}.`,
    },
  })
  return result
}
