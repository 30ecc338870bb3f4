import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { openProactiveTicketWorkflow } from "../workflows/proactive"

/** An order was canceled: the order_canceled proactive ticket (docs/proactive.md). */
export default async function handler({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  if (!data?.id) return
  await openProactiveTicketWorkflow(container).run({ input: { kind: "order_canceled", order_id: data.id } })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.CANCELED,
  context: { subscriberId: "helpdesk-proactive-order-canceled" },
}
