import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { PlaceholderValues } from "../../modules/helpdesk/domain/placeholders"
import { formatOrderItems, formatTrackingLinks, returnLabelUrl } from "../../modules/helpdesk/domain/order-actions/tracking"
import { loadRawOrder, presentOrderView } from "./order-view"

type Resolver = Pick<MedusaContainer, "resolve">

/** Statuses as words a shopper reads ("partially_shipped" -> "partially shipped"). */
const words = (status: string | null | undefined) => (status ? status.replace(/_/g, " ") : null)

/**
 * The order's placeholder values: a fixed set of fields read through Query, each turned into
 * plain text here (the renderer never sees the order itself).
 */
export async function orderPlaceholderValues(scope: Resolver, orderId: string): Promise<PlaceholderValues> {
  const order = await loadRawOrder(scope, orderId)
  const view = presentOrderView(order)
  return {
    "order.items": formatOrderItems(order.items) || null,
    "order.tracking_links": formatTrackingLinks(view.tracking_links) || null,
    "order.fulfillment_status": words(view.fulfillment_status),
    "order.payment_status": words(view.payment_status),
    "order.shipping_address.city": order.shipping_address?.city ?? null,
    "return.label_url": await latestReturnLabel(scope, orderId),
  }
}

async function latestReturnLabel(scope: Resolver, orderId: string): Promise<string | null> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "return",
    fields: ["id", "created_at", "canceled_at", "fulfillments.labels.label_url"],
    filters: { order_id: orderId },
  })
  return returnLabelUrl(data as any)
}
