import { MedusaContainer } from "@medusajs/framework/types"
import { createOrderWorkflow, createRegionsWorkflow } from "@medusajs/medusa/core-flows"

/** A region to place orders in (Medusa needs one for an order's currency). */
export async function createRegion(container: MedusaContainer, currency = "eur") {
  const { result } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: `Region ${currency}`, currency_code: currency, countries: [] }] },
  })
  return result[0]
}

/** A real order through Medusa's own workflow, owned by a customer or placed by a guest email. */
export async function createOrder(
  container: MedusaContainer,
  data: { region_id: string; email: string; customer_id?: string; items?: { title: string; quantity: number; unit_price: number }[] }
) {
  const { result } = await createOrderWorkflow(container).run({
    input: {
      region_id: data.region_id,
      email: data.email,
      customer_id: data.customer_id,
      items: data.items ?? [{ title: "Linen shirt", quantity: 1, unit_price: 49 }],
    },
  })
  return result
}

/** The HTTP status of a request that axios would throw on. */
export async function statusOf(request: Promise<unknown>): Promise<number> {
  try {
    const res = (await request) as { status: number }
    return res.status
  } catch (e: any) {
    if (!e.response) throw e
    return e.response.status
  }
}

export async function errorOf(request: Promise<unknown>): Promise<{ status: number; data: any }> {
  try {
    await request
  } catch (e: any) {
    if (!e.response) throw e
    return { status: e.response.status, data: e.response.data }
  }
  throw new Error("Expected the request to fail")
}
