import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules, PaymentWebhookEvents } from "@medusajs/framework/utils"
import { handlePaymentWebhookAction } from "../workflows/proactive"

type WebhookData = { provider: string; payload: { data: unknown; rawData: any; headers: Record<string, unknown> } }

/**
 * A payment provider's webhook (Medusa emits payment.webhook_received for POST /hooks/payment/:provider):
 * decoded by the payment module as Medusa's own subscriber does; a failed payment or one that
 * requires more from the shopper opens the payment_failed proactive ticket of its order.
 * Medusa's subscriber ignores those outcomes (docs/proactive.md).
 */
export default async function handler({ event: { data }, container }: SubscriberArgs<WebhookData>) {
  if (!data?.provider || !data.payload) return
  const rawData = data.payload.rawData?.type === "Buffer" ? Buffer.from(data.payload.rawData.data) : data.payload.rawData
  let processed: { action?: string; data?: { session_id?: string } }
  try {
    processed = await container
      .resolve(Modules.PAYMENT)
      .getWebhookActionAndData({ provider: data.provider, payload: { ...data.payload, rawData } } as any)
  } catch (e) {
    // Not ours to report: Medusa's own payment-webhook subscriber sees the same failure.
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`helpdesk: payment webhook not decoded for proactive tickets: ${(e as Error).message}`)
    return
  }
  await handlePaymentWebhookAction(container, processed)
}

export const config: SubscriberConfig = {
  event: PaymentWebhookEvents.WebhookReceived,
  context: { subscriberId: "helpdesk-proactive-payment-webhook" },
}
