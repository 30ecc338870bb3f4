import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { FeatureFlag, Modules } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../../src/modules/helpdesk/domain/constants"
import { createAdmin, createCustomer, createPublishableKey } from "../helpers/actors"
import { errorOf, statusOf } from "../helpers/orders"

jest.setTimeout(120_000)

// Medusa checks route policies only with its RBAC feature on (MEDUSA_FF_RBAC=true in a real app).
// The test runner reads medusa-config before it loads feature flags, so the flag is also set
// where defineConfig looks for it, or the RBAC module would be left out.
process.env.MEDUSA_FF_RBAC = "true"
FeatureFlag.setFlag("rbac", true)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let pk: string
    let ticketId: string
    /** An agent whose role grants the given policy keys ("support_ticket:read", ...). */
    const agentWith = async (name: string, keys: string[]) => {
      const rbac: any = getContainer().resolve(Modules.RBAC)
      const policies = await rbac.listRbacPolicies({ key: keys })
      expect(policies.map((p: { key: string }) => p.key).sort()).toEqual([...keys].sort())
      const [role] = await rbac.createRbacRoles([{ name }])
      await rbac.createRbacRolePolicies(policies.map((p: { id: string }) => ({ role_id: role.id, policy_id: p.id })))
      return createAdmin(getContainer(), { roles: [role.id] })
    }

    beforeAll(async () => {
      const container = getContainer()
      pk = await createPublishableKey(container)
      const shopper = await createCustomer(container, pk, { email: "rbac@shop.test", first_name: "Rana" })
      const created = await api.post("/store/support/tickets", { subject: "Where is it?", body: "Order late" }, shopper)
      ticketId = created.data.ticket.id
    })

    it("registers the plugin's policies with Medusa's RBAC module", async () => {
      const rbac: any = getContainer().resolve(Modules.RBAC)
      const keys = (await rbac.listRbacPolicies({ resource: ["support_ticket", "support_canned_reply"] })).map((p: { key: string }) => p.key)
      expect(keys.sort()).toEqual(
        ["create", "delete", "read", "update"].flatMap((op) => [`support_canned_reply:${op}`, `support_ticket:${op}`]).sort()
      )
    })

    it("refuses an admin user without a role", async () => {
      const nobody = await createAdmin(getContainer())
      expect(await statusOf(api.get("/admin/support/tickets", nobody))).toBe(403)
      expect(await statusOf(api.get(`/admin/support/tickets/${ticketId}`, nobody))).toBe(403)
      expect(await statusOf(api.get("/admin/support/canned-replies", nobody))).toBe(403)
    })

    it("lets a reader read tickets and nothing more", async () => {
      const reader = await agentWith("support reader", ["support_ticket:read"])
      const list = await api.get("/admin/support/tickets?fields=id", reader)
      expect(list.data.tickets.map((t: { id: string }) => t.id)).toContain(ticketId)
      expect((await api.get(`/admin/support/tickets/${ticketId}`, reader)).data.ticket.id).toBe(ticketId)

      const reply = await errorOf(api.post(`/admin/support/tickets/${ticketId}/messages`, { body: "Hello" }, reader))
      expect(reply.status).toBe(403)
      expect(reply.data.message).toContain("support_ticket:update")
      expect(await statusOf(api.post("/admin/support/tickets", { subject: "x", body: "y", email: "a@b.test" }, reader))).toBe(403)
      // The sidebar shows the requester's profile and orders: Medusa's customer and order data.
      const context = await errorOf(api.get(`/admin/support/tickets/${ticketId}/context`, reader))
      expect(context.status).toBe(403)
      expect(context.data.message).toMatch(/customer:read|order:read/)
      expect(await statusOf(api.get("/admin/support/canned-replies", reader))).toBe(403)
      // Nothing was written by the refused calls.
      const thread = await api.get(`/admin/support/tickets/${ticketId}/messages`, reader)
      expect(thread.data.messages.map((m: { body: string }) => m.body)).toEqual(["Order late"])
    })

    it("lets an agent with the whole set answer, see the context and use canned replies", async () => {
      const agent = await agentWith("support agent", [
        "support_ticket:read",
        "support_ticket:update",
        "support_canned_reply:read",
        "customer:read",
        "order:read",
      ])
      expect((await api.post(`/admin/support/tickets/${ticketId}/messages`, { body: "On its way" }, agent)).status).toBe(201)
      expect((await api.get(`/admin/support/tickets/${ticketId}/context`, agent)).status).toBe(200)
      expect((await api.get("/admin/support/canned-replies", agent)).status).toBe(200)
      expect(await statusOf(api.post("/admin/support/canned-replies", { title: "t", body: "b" }, agent))).toBe(403)
    })
    it("lets privacy requests through only with the ticket and customer policies they need", async () => {
      const body = { email: "rbac@shop.test" }
      const reader = await agentWith("privacy reader", ["support_ticket:read"])
      const exportRefused = await errorOf(api.post("/admin/support/privacy/export", body, reader))
      expect(exportRefused.status).toBe(403)
      expect(exportRefused.data.message).toContain("customer:read")
      expect(await statusOf(api.post("/admin/support/privacy/export/archive", body, reader))).toBe(403)

      const exporter = await agentWith("privacy exporter", ["support_ticket:read", "customer:read"])
      const exported = await api.post("/admin/support/privacy/export", body, exporter)
      expect(exported.data.export.tickets.map((t: { id: string }) => t.id)).toEqual([ticketId])
      const eraseRefused = await errorOf(api.post("/admin/support/privacy/erase", body, exporter))
      expect(eraseRefused.status).toBe(403)
      expect(eraseRefused.data.message).toMatch(/support_ticket:(update|delete)/)
      // Nothing was erased by the refused call.
      const [again] = (await api.post("/admin/support/privacy/export", body, exporter)).data.export.tickets
      expect(again.email).toBe("rbac@shop.test")

      const eraser = await agentWith("privacy eraser", ["support_ticket:read", "support_ticket:update", "support_ticket:delete"])
      expect((await api.post("/admin/support/privacy/erase", body, eraser)).data.erased.tickets).toBe(1)
    })

    it("keeps canned-reply effectiveness to agents with the settings policies, and exchanges to those who may change orders", async () => {
      const effectiveness = "/admin/support/canned-effectiveness"
      const automate = `${effectiveness}/canrep_none/automate`
      const exchange = `/admin/support/tickets/${ticketId}/order-actions/exchange`
      const body = { return_items: [{ id: "item_none", quantity: 1 }], new_items: [{ variant_id: "variant_none", quantity: 1 }] }
      expect((await errorOf(api.get(effectiveness))).status).toBe(401)
      expect((await errorOf(api.post(exchange, body))).status).toBe(401)

      const agent = await agentWith("effectiveness outsider", ["support_ticket:read", "support_ticket:update"])
      const refused = await errorOf(api.get(effectiveness, agent))
      expect(refused.status).toBe(403)
      expect(refused.data.message).toContain("support_setting:read")
      const noOrders = await errorOf(api.post(exchange, body, agent))
      expect(noOrders.status).toBe(403)
      expect(noOrders.data.message).toContain("order:update")

      const settingsReader = await agentWith("effectiveness reader", ["support_setting:read"])
      expect((await api.get(effectiveness, settingsReader)).status).toBe(200)
      expect(await statusOf(api.post(automate, {}, settingsReader))).toBe(403)
      // The refused automate created no rule.
      expect(await getContainer().resolve<any>(HELPDESK_MODULE).listSupportRules({})).toHaveLength(0)
    })

    it("shows the contact rate report only to agents who may read tickets, orders and products", async () => {
      const path = "/admin/support/reports/contact-rate"
      const reader = await agentWith("report reader", ["support_ticket:read"])
      const refused = await errorOf(api.get(path, reader))
      expect(refused.status).toBe(403)
      expect(refused.data.message).toMatch(/order:read|product:read/)
      const noProducts = await agentWith("report without products", ["support_ticket:read", "order:read"])
      expect(await statusOf(api.get(path, noProducts))).toBe(403)
      const analyst = await agentWith("report analyst", ["support_ticket:read", "order:read", "product:read"])
      expect((await api.get(path, analyst)).data).toEqual(expect.objectContaining({ products: [], count: 0 }))
    })
  },
})
