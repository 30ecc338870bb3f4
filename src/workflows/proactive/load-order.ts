import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type ProactiveOrder = {
  id: string
  display_id: number
  email: string | null
  customer_id: string | null
  locale: string | null
  status: string
  canceled_at: Date | string | null
  metadata: Record<string, unknown> | null
  total: unknown
  currency_code: string
  customer?: { first_name?: string | null; last_name?: string | null; email?: string | null } | null
  shipping_address?: { first_name?: string | null; last_name?: string | null } | null
}

const FIELDS = [
  "id",
  "display_id",
  "email",
  "customer_id",
  "locale",
  "status",
  "canceled_at",
  "metadata",
  "total",
  "currency_code",
  "customer.first_name",
  "customer.last_name",
  "customer.email",
  "shipping_address.first_name",
  "shipping_address.last_name",
]

/** The order a proactive event is about, through Query (null when it does not exist). */
export async function loadProactiveOrder(scope: Pick<MedusaContainer, "resolve">, orderId: string): Promise<ProactiveOrder | null> {
  if (!orderId) return null
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: FIELDS, filters: { id: orderId } })
  return (data[0] as unknown as ProactiveOrder) ?? null
}
