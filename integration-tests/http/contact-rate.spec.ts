import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdmin, createCustomer, createPublishableKey } from "../helpers/actors"
import { createOrder, createRegion, errorOf } from "../helpers/orders"
import { TICKET_PRODUCTS_BACKFILL_SQL } from "../../src/modules/helpdesk/domain/reports/ticket-products"
import { refreshOrderTicketProductsWorkflow } from "../../src/workflows/tickets"

jest.setTimeout(240_000)

// Contact rate per product on real orders placed through Medusa's createOrderWorkflow and tickets
// filed through the store API, then dated by SQL into periods nothing else falls in (March and
// May 2025), so every figure below is counted by hand.
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: Awaited<ReturnType<typeof createAdmin>>
    const product: Record<"kettle" | "toaster" | "lamp", { id: string; title: string }> = {} as any

    const report = async (q: string) => (await api.get(`/admin/support/reports/contact-rate?${q}`, admin)).data
    const MARCH = "from=2025-03-01&to=2025-04-01"
    let kettleAndToasterOrderId: string

    beforeAll(async () => {
      const container = getContainer()
      admin = await createAdmin(container)
      const key = await createPublishableKey(container)
      const sam = await createCustomer(container, key, { email: "sam.rate@shop.test" })
      const region = await createRegion(container)
      const { result: products } = await createProductsWorkflow(container).run({
        input: {
          products: ["Rate Kettle", "Rate Toaster", "Rate Lamp"].map((title) => ({
            title,
            thumbnail: title === "Rate Kettle" ? "https://cdn.shop.test/kettle.png" : undefined,
            options: [{ title: "Default", values: ["One"] }],
            variants: [{ title: "One", options: { Default: "One" }, manage_inventory: false, prices: [] }],
          })),
        },
      })
      ;[product.kettle, product.toaster, product.lamp] = products.map((p) => ({ id: p.id, title: p.title }))

      const line = (p: keyof typeof product) => ({ title: product[p].title, product_id: product[p].id, product_title: product[p].title, quantity: 1, unit_price: 10 })
      const order = (...items: (keyof typeof product)[]) =>
        createOrder(container, { region_id: region.id, email: "sam.rate@shop.test", customer_id: sam.customer.id, items: items.map(line) as any })
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const linesOf = async (orderId: string) =>
        ((await query.graph({ entity: "order", fields: ["items.id", "items.product_id"], filters: { id: orderId } })).data[0] as any).items as {
          id: string
          product_id: string
        }[]

      const o1 = await order("kettle", "toaster")
      kettleAndToasterOrderId = o1.id
      const o2 = await order("kettle")
      const o3 = await order("kettle", "lamp")
      const o4 = await order("toaster", "toaster") // two lines of one product: one order of it
      const o5 = await order("kettle") // placed before March
      const l1 = await linesOf(o1.id)
      const l2 = await linesOf(o2.id)
      const l3 = await linesOf(o3.id)
      const l4 = await linesOf(o4.id)
      const kettleOf = (lines: { id: string; product_id: string }[]) => lines.filter((l) => l.product_id === product.kettle.id).map((l) => l.id)

      const ticket = async (body: Record<string, unknown>) =>
        (await api.post("/store/support/tickets", { subject: "About my order", body: "Something is wrong.", ...body }, sam)).data.ticket.id as string
      const t1 = await ticket({ order_id: o1.id, line_item_ids: kettleOf(l1) }) // kettle only
      const t2 = await ticket({ order_id: o1.id }) // no lines: kettle and toaster of its order
      const t3 = await ticket({ order_id: o4.id, line_item_ids: l4.map((l) => l.id) }) // toaster once
      const t4 = await ticket({ order_id: o2.id, line_item_ids: kettleOf(l2) }) // kettle
      const t5 = await ticket({ order_id: o5.id }) // its order is older than March: still kettle
      const t6 = await ticket({}) // no order: no product
      const t7 = await ticket({ order_id: o3.id, line_item_ids: kettleOf(l3) }) // in May
      const t8 = await ticket({ order_id: o3.id }) // deleted: not counted
      const t9 = await ticket({ order_id: o4.id }) // merged into t3: the conversation counts there

      const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
      const date = (table: string, ids: string[], at: string) => knex(table).whereIn("id", ids).update({ created_at: new Date(at) })
      await date("order", [o1.id, o2.id, o3.id, o4.id], "2025-03-10T12:00:00Z")
      await date("order", [o5.id], "2025-01-15T12:00:00Z")
      await date("support_ticket", [t1, t2, t3, t4, t5, t6, t8, t9], "2025-03-20T12:00:00Z")
      await knex("support_ticket").where({ id: t8 }).update({ deleted_at: new Date() })
      await knex("support_ticket").where({ id: t9 }).update({ merged_into_id: t3, status: "closed" })
      await date("support_ticket", [t7], "2025-05-10T12:00:00Z")
    })

    it("counts each ticket once per product it reports, or else per product of its order, per 100 orders of the product", async () => {
      const march = await report(MARCH)
      expect(march).toEqual({
        products: [
          { product_id: product.kettle.id, title: "Rate Kettle", thumbnail: "https://cdn.shop.test/kettle.png", tickets: 4, orders: 3, contact_rate: 133.33 },
          { product_id: product.toaster.id, title: "Rate Toaster", thumbnail: null, tickets: 2, orders: 2, contact_rate: 100 },
          // A product nobody wrote about: rate 0.
          { product_id: product.lamp.id, title: "Rate Lamp", thumbnail: null, tickets: 0, orders: 1, contact_rate: 0 },
        ],
        count: 3,
        limit: 20,
        offset: 0,
        from: "2025-03-01T00:00:00.000Z",
        to: "2025-04-01T00:00:00.000Z",
      })
    })

    it("sorts by an allowed key, pages, and narrows to one product", async () => {
      const byTickets = await report(`${MARCH}&order=tickets`)
      expect(byTickets.products.map((p: any) => p.tickets)).toEqual([0, 2, 4])
      const byTitle = await report(`${MARCH}&order=-title`)
      expect(byTitle.products.map((p: any) => p.title)).toEqual(["Rate Toaster", "Rate Lamp", "Rate Kettle"])

      const second = await report(`${MARCH}&limit=1&offset=1`)
      expect(second.products.map((p: any) => p.product_id)).toEqual([product.toaster.id])
      expect(second.count).toBe(3)
      expect((await report(`${MARCH}&offset=10`)).products).toEqual([])
      expect((await report(`${MARCH}&offset=10`)).count).toBe(3)

      const lamp = await report(`${MARCH}&product_id=${product.lamp.id}`)
      expect(lamp.products).toEqual([{ product_id: product.lamp.id, title: "Rate Lamp", thumbnail: null, tickets: 0, orders: 1, contact_rate: 0 }])
      expect(lamp.count).toBe(1)
    })

    it("counts only the period's tickets and orders: tickets without orders have no rate", async () => {
      const may = await report("from=2025-05-01&to=2025-06-01")
      expect(may.products).toEqual([
        { product_id: product.kettle.id, title: "Rate Kettle", thumbnail: "https://cdn.shop.test/kettle.png", tickets: 1, orders: 0, contact_rate: null },
      ])
      // A product asked for by id is listed even with nothing in the period.
      const lamp = await report(`from=2025-05-01&to=2025-06-01&product_id=${product.lamp.id}`)
      expect(lamp.products).toEqual([{ product_id: product.lamp.id, title: "Rate Lamp", thumbnail: null, tickets: 0, orders: 0, contact_rate: null }])
      // January: the older order alone (its ticket was filed in March).
      const january = await report("from=2025-01-01&to=2025-02-01")
      expect(january.products).toEqual([expect.objectContaining({ product_id: product.kettle.id, tickets: 0, orders: 1, contact_rate: 0 })])
      // A whole year: every ticket and order above.
      const year = await report("from=2025-01-01&to=2026-01-01&order=-tickets")
      expect(year.products.map((p: any) => [p.tickets, p.orders])).toEqual([
        [5, 4],
        [2, 2],
        [0, 1],
      ])
      expect((await report(`from=2025-01-01&to=2026-01-01&product_id=prod_none`)).products).toEqual([])
    })

    it("defaults to the last 30 days, which none of these fall in", async () => {
      const res = await report("")
      expect(new Date(res.to).getTime() - new Date(res.from).getTime()).toBe(30 * 86_400_000)
      expect(Math.abs(new Date(res.to).getTime() - Date.now())).toBeLessThan(60_000)
      const ids = res.products.map((p: any) => p.product_id)
      expect(ids).not.toContain(product.kettle.id)
      expect(ids).not.toContain(product.lamp.id)
    })

    it("follows an order's new lines for its tickets that report none (an edit, a claim or an exchange)", async () => {
      const container = getContainer()
      // A lamp joins the kettle-and-toaster order's current version, as an edit would add it.
      await container.resolve(Modules.ORDER).createOrderLineItems(kettleAndToasterOrderId, [
        { title: product.lamp.title, product_id: product.lamp.id, product_title: product.lamp.title, quantity: 1, unit_price: 10 } as any,
      ])
      await refreshOrderTicketProductsWorkflow(container).run({ input: { order_id: kettleAndToasterOrderId } })
      const march = await report(MARCH)
      expect(march.products).toEqual([
        expect.objectContaining({ product_id: product.kettle.id, tickets: 4, orders: 3, contact_rate: 133.33 }),
        expect.objectContaining({ product_id: product.toaster.id, tickets: 2, orders: 2, contact_rate: 100 }),
        // Its ticket without lines (t2) now counts for the lamp; the one reporting the kettle (t1) does not.
        expect.objectContaining({ product_id: product.lamp.id, tickets: 1, orders: 2, contact_rate: 50 }),
      ])
      // Again: nothing more to add.
      await refreshOrderTicketProductsWorkflow(container).run({ input: { order_id: kettleAndToasterOrderId } })
      expect(await report(MARCH)).toEqual(march)
    })

    it("refuses bad dates, a reversed period, unknown sort keys and operator objects with 400", async () => {
      for (const q of [
        "from=yesterday",
        "from=2025-13-45",
        "from=2025-04-01&to=2025-03-01",
        "from=2025-03-01&to=2025-03-01",
        `from=${new Date(Date.now() + 86_400_000).toISOString()}`,
        "order=price",
        "order=-contact_rate;drop",
        "product_id[$ne]=x",
        "limit=1000",
        "shop=1",
      ]) {
        const { status } = await errorOf(api.get(`/admin/support/reports/contact-rate?${q}`, admin))
        expect([q, status]).toEqual([q, 400])
      }
      expect((await errorOf(api.get("/admin/support/reports/contact-rate"))).status).toBe(401)
    })

    it("counts tickets from before support_ticket_product the same once the migration's backfill has run", async () => {
      const YEAR = "from=2025-01-01&to=2026-01-01&order=-tickets"
      const march = await report(MARCH)
      const year = await report(YEAR)
      const knex = getContainer().resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
      // As before Migration20261206140000: no ticket has kept products, so none counts.
      await knex("support_ticket_product").delete()
      expect((await report(MARCH)).products.map((p: any) => p.tickets)).toEqual([0, 0, 0])
      for (const sql of TICKET_PRODUCTS_BACKFILL_SQL) await knex.raw(sql)
      expect(await report(MARCH)).toEqual(march)
      // Running it again adds nothing.
      const rows = Number((await knex("support_ticket_product").count({ n: "*" }))[0].n)
      for (const sql of TICKET_PRODUCTS_BACKFILL_SQL) await knex.raw(sql)
      expect(Number((await knex("support_ticket_product").count({ n: "*" }))[0].n)).toBe(rows)
      expect(await report(YEAR)).toEqual(year)
    })
  },
})
