import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { HELPDESK_MODULE } from "../../src/modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../src/modules/helpdesk/service"
import { createAdmin, createCustomer } from "../helpers/actors"
import { errorOf } from "../helpers/orders"
import { seedShop } from "../helpers/shop"

jest.setTimeout(240_000)

const num = (v: any) => Number(v?.numeric ?? v?.value ?? v)

// "Report a problem with this item": real orders through Medusa's workflows, of customers signed in
// to the storefront.
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof seedShop>>
    let admin: Awaited<ReturnType<typeof createAdmin>>
    let sam: Awaited<ReturnType<typeof createCustomer>>
    let kim: Awaited<ReturnType<typeof createCustomer>>
    const helpdesk = () => getContainer().resolve<HelpdeskModuleService>(HELPDESK_MODULE)

    /** An order for `customerId` with the items of the demo order emma-1 (a hoodie, two mugs). */
    async function orderFor(customerId: string, email: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "order",
        fields: ["region_id", "sales_channel_id", "items.*"],
        filters: { id: shop.orders["emma-1"].id },
      })
      const t: any = data[0]
      const { result } = await createOrderWorkflow(getContainer()).run({
        input: {
          region_id: t.region_id,
          sales_channel_id: t.sales_channel_id,
          customer_id: customerId,
          email,
          items: t.items.map((i: any) => ({
            variant_id: i.variant_id,
            title: i.title,
            quantity: num(i.quantity),
            unit_price: num(i.unit_price),
          })),
        },
      })
      const { data: placed } = await query.graph({
        entity: "order",
        fields: ["id", "items.id", "items.title", "items.variant_title", "items.detail.quantity", "items.thumbnail", "items.product_id", "items.variant_id"],
        filters: { id: result.id },
      })
      return placed[0] as any
    }

    let samOrder: any
    let kimOrder: any

    beforeAll(async () => {
      const container = getContainer()
      shop = await seedShop(container)
      admin = await createAdmin(container)
      // The demo products have no images: give the mug one, as a shop would.
      const products = await container.resolve(Modules.PRODUCT).listProducts({ handle: "helpdesk-demo-mug" })
      await container.resolve(Modules.PRODUCT).updateProducts(products[0].id, { thumbnail: "https://cdn.shop.test/mug.png" })
      sam = await createCustomer(container, shop.publishableKey, { email: "sam.items@shop.test" })
      kim = await createCustomer(container, shop.publishableKey, { email: "kim.items@shop.test" })
      samOrder = await orderFor(sam.customer.id, "sam.items@shop.test")
      kimOrder = await orderFor(kim.customer.id, "kim.items@shop.test")
    })

    const open = (who: { headers: Record<string, string> }, body: Record<string, unknown>) =>
      api.post("/store/support/tickets", { subject: "Problem with an item", body: "It arrived broken.", ...body }, who)
    const ticketCount = async () => (await helpdesk().listSupportTickets({})).length

    it("stores the reported lines with a snapshot and shows them, with thumbnails, on the admin ticket", async () => {
      const mug = samOrder.items.find((i: any) => num(i.detail?.quantity) === 2)
      expect(mug).toBeTruthy()
      const res = await open(sam, { order_id: samOrder.id, line_item_ids: [mug.id] })
      expect(res.status).toBe(201)

      const ticket = (await api.get(`/admin/support/tickets/${res.data.ticket.id}`, admin)).data.ticket
      expect(ticket.line_items).toEqual([
        {
          id: expect.stringMatching(/^suptli_/),
          line_item_id: mug.id,
          title: mug.title,
          variant_title: mug.variant_title,
          quantity: 2,
          thumbnail: "https://cdn.shop.test/mug.png",
          product_id: mug.product_id,
          variant_id: mug.variant_id,
        },
      ])
      expect(mug.thumbnail).toBe("https://cdn.shop.test/mug.png")
    })

    it("filters the inbox by the reported product or variant", async () => {
      const [first, second] = samOrder.items
      const both = (await open(sam, { order_id: samOrder.id, line_item_ids: [first.id, second.id] })).data.ticket.id
      const onlyFirst = (await open(sam, { order_id: samOrder.id, line_item_ids: [first.id] })).data.ticket.id
      const noItems = (await open(sam, { order_id: samOrder.id })).data.ticket.id

      const list = async (q: string) =>
        (await api.get(`/admin/support/tickets?${q}&fields=id&limit=100`, admin)).data.tickets.map((t: any) => t.id)
      const bySecondProduct = await list(`product_id=${second.product_id}`)
      expect(bySecondProduct).toContain(both)
      expect(bySecondProduct).not.toContain(onlyFirst)
      expect(bySecondProduct).not.toContain(noItems)
      const byFirstVariant = await list(`variant_id=${first.variant_id}`)
      expect(byFirstVariant).toEqual(expect.arrayContaining([both, onlyFirst]))
      expect(byFirstVariant).not.toContain(noItems)
      expect(await list(`variant_id=${first.variant_id}&product_id=${second.product_id}`)).toEqual([both])
      expect(await list("product_id=prod_none")).toEqual([])
      expect((await errorOf(api.get("/admin/support/tickets?product_id[$ne]=x", admin))).status).toBe(400)
    })

    it("refuses lines without their order, lines of another order, and another customer's order, creating nothing", async () => {
      const before = await ticketCount()
      const kimsLine = kimOrder.items[0].id

      const noOrder = await errorOf(open(sam, { line_item_ids: [samOrder.items[0].id] }))
      expect(noOrder.status).toBe(400)
      expect(noOrder.data.message).toMatch(/order_id/)

      const otherOrdersLine = await errorOf(open(sam, { order_id: samOrder.id, line_item_ids: [samOrder.items[0].id, kimsLine] }))
      expect(otherOrdersLine.status).toBe(400)
      expect(otherOrdersLine.data.message).toContain(kimsLine)

      // Kim's order is not Sam's: the same 404 as an order that does not exist.
      expect((await errorOf(open(sam, { order_id: kimOrder.id, line_item_ids: [kimsLine] }))).status).toBe(404)
      expect((await errorOf(open(sam, { order_id: samOrder.id, line_item_ids: [] }))).status).toBe(400)
      expect((await errorOf(open(sam, { order_id: samOrder.id, line_item_ids: "x" }))).status).toBe(400)
      expect(await ticketCount()).toBe(before)
    })
  },
})
