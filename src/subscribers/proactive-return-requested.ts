import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { openProactiveTicketWorkflow } from "../workflows/proactive"

/** A return was requested (`{ order_id, return_id }`): the return_requested proactive ticket, for storefront returns (docs/proactive.md). */
export default async function handler({ event: { data }, container }: SubscriberArgs<{ order_id: string; return_id: string }>) {
  if (!data?.order_id || !data.return_id) return
  await openProactiveTicketWorkflow(container).run({
    input: { kind: "return_requested", order_id: data.order_id, detail: data.return_id },
  })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.RETURN_REQUESTED,
  context: { subscriberId: "helpdesk-proactive-return-requested" },
}
