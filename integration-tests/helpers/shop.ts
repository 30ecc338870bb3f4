import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import { advanceOrder, CommerceRefs, seedCommerce } from "../../src/scripts/demo/seed-commerce"
import type { OrderPlan } from "../../src/scripts/demo/catalog"

// Query gives amounts as numbers or BigNumber-like objects ({ numeric }), depending on the field.
const num = (v: any) => Number(v?.numeric ?? v?.value ?? v)

const quiet = { info: () => {}, warn: () => {}, error: () => {} }

/**
 * The demo shop (regions with Medusa's system payment provider, stock location, shipping
 * options, products, customers), so tests place real orders through Medusa's workflows.
 */
export async function seedShop(container: MedusaContainer): Promise<CommerceRefs> {
  const [store] = await container.resolve(Modules.STORE).listStores({})
  return seedCommerce(container as any, quiet, store.id)
}

/**
 * A new order shaped like the demo order `templateOrderId` (same customer, region, items,
 * shipping), taken to `stage` the way the demo does: paid (captured), fulfilled, shipped...
 */
export async function placeOrderLike(container: MedusaContainer, templateOrderId: string, stage: OrderPlan["stage"]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "region_id",
      "sales_channel_id",
      "customer_id",
      "email",
      "shipping_address.*",
      "items.*",
      "shipping_methods.name",
      "shipping_methods.amount",
      "shipping_methods.shipping_option_id",
    ],
    filters: { id: templateOrderId },
  })
  const t: any = data[0]
  const { id: _a, created_at: _b, updated_at: _c, deleted_at: _d, customer_id: _e, ...address } = t.shipping_address ?? {}
  if ((t.items ?? []).some((i: any) => !Number.isFinite(num(i.quantity)))) {
    throw new Error(`Unreadable template order items: ${JSON.stringify(t.items)}`)
  }
  const { result } = await createOrderWorkflow(container).run({
    input: {
      region_id: t.region_id,
      sales_channel_id: t.sales_channel_id,
      customer_id: t.customer_id,
      email: t.email,
      shipping_address: address,
      billing_address: address,
      items: (t.items ?? []).map((i: any) => ({
        variant_id: i.variant_id,
        title: i.title,
        quantity: num(i.quantity),
        unit_price: num(i.unit_price),
        is_tax_inclusive: false,
      })),
      shipping_methods: (t.shipping_methods ?? []).map((m: any) => ({
        name: m.name,
        amount: num(m.amount),
        shipping_option_id: m.shipping_option_id,
      })),
    },
  })
  await advanceOrder(container as any, quiet, result.id, stage)
  return result
}
