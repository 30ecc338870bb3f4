import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderEditWorkflowEvents, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { refreshOrderTicketProductsWorkflow } from "../workflows/tickets"

/**
 * An order edit, claim or exchange gave an order new lines: its tickets without reported lines
 * count for the products of its current lines in the contact rate report (docs/reports.md).
 */
export default async function handler({ event: { data }, container }: SubscriberArgs<{ order_id: string }>) {
  if (!data?.order_id) return
  await refreshOrderTicketProductsWorkflow(container).run({ input: { order_id: data.order_id } })
}

export const config: SubscriberConfig = {
  event: [OrderEditWorkflowEvents.CONFIRMED, OrderWorkflowEvents.CLAIM_CREATED, OrderWorkflowEvents.EXCHANGE_CREATED],
  context: { subscriberId: "helpdesk-report-order-lines-changed" },
}
