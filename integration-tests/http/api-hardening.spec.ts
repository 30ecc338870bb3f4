import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdmin, createCustomer, createPublishableKey, guestHeaders } from "../helpers/actors"
import { errorOf, statusOf } from "../helpers/orders"
import { PNG } from "../helpers/files"

jest.setTimeout(120_000)

// Small limits for this app only (medusa-config.ts reads HELPDESK_TEST_OPTIONS under NODE_ENV=test;
// jest gives each spec file its own process.env). Counters start from zero in every test: the
// runner restores the database before each one.
process.env.HELPDESK_TEST_OPTIONS = JSON.stringify({
  rateLimits: {
    createTicket: { max: 6, windowSeconds: 600 },
    guestTicketsPerEmail: { max: 3, windowSeconds: 600 },
    guestTicketsStoreWide: { max: 4, windowSeconds: 600 },
    upload: { max: 3, windowSeconds: 600 },
    uploadBytes: { max: 300, windowSeconds: 600 },
    guestUploadsStoreWide: { max: 2, windowSeconds: 600 },
    ticketAction: { max: 4, windowSeconds: 600 },
  },
})


type Headers = { headers: Record<string, string> }
const withHeaders = (h: Headers, extra: Record<string, string>): Headers => ({ headers: { ...h.headers, ...extra } })

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let pk: string
    let alice: Awaited<ReturnType<typeof createCustomer>>
    let admin: Awaited<ReturnType<typeof createAdmin>>

    beforeAll(async () => {
      const container = getContainer()
      pk = await createPublishableKey(container)
      alice = await createCustomer(container, pk, { email: "alice@shop.test", first_name: "Alice" })
      admin = await createAdmin(container)
      const storeModule = container.resolve(Modules.STORE)
      const [store] = await storeModule.listStores({}, { take: 1 })
      await storeModule.updateStores(store.id, { name: "Atelier Hardening" })
    })

    const open = (headers: Headers, body: Record<string, unknown> = {}) =>
      api.post("/store/support/tickets", { subject: "Where is my parcel?", body: "It has been a week.", ...body }, headers)
    const ticketCount = async () => (await api.get("/admin/support/tickets", admin)).data.count
    const rateLimitIds = async (rule: string): Promise<string[]> => {
      const rows = await getContainer()
        .resolve("__pg_connection__")
        .raw("SELECT id FROM support_rate_limit WHERE id LIKE ? ORDER BY id", [`${rule}:%`])
      return rows.rows.map((r: { id: string }) => r.id)
    }
    const upload = (headers: Headers, files: Buffer[]) => {
      const form = new FormData()
      files.forEach((content, i) => form.append("files", new Blob([new Uint8Array(content)], { type: "image/png" }), `shot-${i}.png`))
      return api.post("/store/support/uploads", form, headers)
    }

    describe("Idempotency-Key", () => {
      it("answers a retry with the same body with the same ticket and token, in any key order", async () => {
        const guest = withHeaders(guestHeaders(pk), { "idempotency-key": "checkout-1" })
        const body = { email: "Guest@Shop.test", name: "Gi", category: "shipping" }
        const first = await open(guest, body)
        const again = await api.post(
          "/store/support/tickets",
          { category: "shipping", name: "Gi", email: "guest@shop.test", body: "It has been a week.", subject: "Where is my parcel?" },
          guest
        )
        expect(again.status).toBe(201)
        expect(again.data.ticket.id).toBe(first.data.ticket.id)
        expect(again.data.access_token).toBe(first.data.access_token)
        expect(await ticketCount()).toBe(1)
      })

      it("refuses the same key with another body with 422, changing nothing and showing no token", async () => {
        const guest = withHeaders(guestHeaders(pk), { "idempotency-key": "checkout-2" })
        const first = await open(guest, { email: "guest@shop.test" })
        expect(first.status).toBe(201)

        const other = await errorOf(open(guest, { email: "guest@shop.test", subject: "Something else entirely" }))
        expect(other.status).toBe(422)
        expect(other.data.message).toMatch(/Idempotency-Key was already used with a different request body/)
        expect(JSON.stringify(other.data)).not.toContain(first.data.access_token)
        expect(JSON.stringify(other.data)).not.toContain(first.data.ticket.id)

        const customer = withHeaders(alice, { "idempotency-key": "checkout-2" })
        expect((await open(customer)).status).toBe(201)
        expect(await statusOf(open(customer, { body: "A different first message" }))).toBe(422)

        expect(await ticketCount()).toBe(2)
        const stored = await api.get(`/admin/support/tickets/${first.data.ticket.id}`, admin)
        expect(stored.data.ticket.subject).toBe("Where is my parcel?")
        expect(stored.data.ticket).not.toHaveProperty("idempotency_fingerprint")
      })
    })

    describe("client address and abuse limits", () => {
      it("ignores a client's own X-Forwarded-For: spoofed addresses share the socket's bucket", async () => {
        for (const spoof of ["203.0.113.1", "203.0.113.2", "198.51.100.7, 203.0.113.3"]) {
          await open(withHeaders(guestHeaders(pk), { "x-forwarded-for": spoof }), { email: `spoof-${spoof.length}@shop.test` })
        }
        const buckets = await rateLimitIds("createTicket")
        expect(buckets).toHaveLength(1)
        expect(buckets[0]).not.toMatch(/203\.0\.113|198\.51/)
      })

      it("limits guest tickets per email address and for all guests together", async () => {
        const guest = guestHeaders(pk)
        const same = () => statusOf(open(guest, { email: "same@shop.test" }))
        expect([await same(), await same(), await same()]).toEqual([201, 201, 201])
        const perEmail = await errorOf(open(guest, { email: "SAME@shop.test" }))
        expect(perEmail.status).toBe(429)
        expect(perEmail.data.message).toMatch(/email address/)

        // The 4th guest ticket overall passes, the 5th meets the store-wide ceiling (per client: 6).
        expect(await statusOf(open(guest, { email: "fourth@shop.test" }))).toBe(201)
        const ceiling = await api.post("/store/support/tickets", { subject: "s", body: "b", email: "fifth@shop.test" }, guest).catch((e: any) => e.response)
        expect(ceiling.status).toBe(429)
        expect(Number(ceiling.headers["retry-after"])).toBeGreaterThan(0)
        expect(ceiling.data.message).toMatch(/too many requests right now/)
        // Signed-in customers are counted by account only.
        expect(await statusOf(open(alice))).toBe(201)
        expect(await ticketCount()).toBe(5)
      })

      it("limits uploaded bytes per shopper and guest uploads store-wide", async () => {
        const padded = Buffer.concat([PNG, Buffer.alloc(200)])
        expect((await upload(alice, [padded])).status).toBe(201)
        const bytes = await upload(alice, [padded]).catch((e: any) => e.response)
        expect(bytes.status).toBe(429)
        expect(Number(bytes.headers["retry-after"])).toBeGreaterThan(0)

        expect(await statusOf(upload(guestHeaders(pk), [PNG]))).toBe(201)
        expect(await statusOf(upload(withHeaders(guestHeaders(pk), { "x-forwarded-for": "203.0.113.9" }), [PNG]))).toBe(201)
        expect(await statusOf(upload(withHeaders(guestHeaders(pk), { "x-forwarded-for": "203.0.113.10" }), [PNG]))).toBe(429)
        expect(await rateLimitIds("upload:ip")).toHaveLength(1)
      })

      it("rate-limits close, reopen and rating, whatever X-Forwarded-For says", async () => {
        const created = await open(guestHeaders(pk), { email: "loop@shop.test" })
        const path = `/store/support/tickets/${created.data.ticket.id}`
        const statuses: number[] = []
        for (let i = 0; i < 6; i++) {
          const headers = withHeaders(guestHeaders(pk, created.data.access_token), { "x-forwarded-for": `192.0.2.${i}` })
          statuses.push(await statusOf(api.post(`${path}/${i % 2 ? "reopen" : "close"}`, {}, headers)))
        }
        expect(statuses).toEqual([200, 200, 200, 200, 429, 429])
        expect(await statusOf(api.post(`${path}/rating`, { score: 5 }, guestHeaders(pk, created.data.access_token)))).toBe(429)
      })
    })

    describe("text that cannot be stored, in ids, filters and paths", () => {
      it("answers 400, not 500", async () => {
        const guest = guestHeaders(pk)
        for (const path of [
          "/store/support/tickets/%00",
          "/store/support/tickets/supt_%00x",
          "/store/support/tickets/%ED%A0%80",
        ]) {
          expect(await statusOf(api.get(path, guest))).toBe(400)
        }
        expect(await statusOf(api.post("/store/support/tickets/%00/close", {}, guest))).toBe(400)
        expect(await statusOf(api.post("/store/support/tickets/%00/messages", { body: "hi" }, alice))).toBe(400)
        expect(await statusOf(open(alice, { order_id: "order_\u0000" }))).toBe(400)
        expect(await statusOf(open(alice, { attachment_ids: ["att_\u0000"] }))).toBe(400)

        for (const filter of ["order_id", "customer_id", "assignee_id", "tag", "email", "category", "fields", "order"]) {
          expect([filter, await statusOf(api.get(`/admin/support/tickets?${filter}=a%00b`, admin))]).toEqual([filter, 400])
        }
        expect(await statusOf(api.get("/admin/support/canned-replies?category=a%00b", admin))).toBe(400)
        expect(await statusOf(api.get("/admin/support/tickets/%00", admin))).toBe(400)
        expect(await statusOf(api.get("/admin/support/tickets/%00/context", admin))).toBe(400)
        expect(await statusOf(api.get("/admin/support/canned-replies/%00", admin))).toBe(400)

        const { data } = await open(alice)
        const id = data.ticket.id
        expect(await statusOf(api.post(`/admin/support/tickets/${id}`, { metadata: { note: "a\u0000b" } }, admin))).toBe(400)
        expect(await statusOf(api.post("/admin/support/tickets/batch", { ids: [id, "supt_\u0000"], priority: "high" }, admin))).toBe(400)
        // Every other script still goes through.
        expect((await api.get(`/admin/support/tickets?tag=${encodeURIComponent("환불")}&category=${encodeURIComponent("Επιστροφή")}`, admin)).status).toBe(200)
      })
    })

    describe("staff names shoppers see", () => {
      it("shows the store's name, never an email address, for an agent without a first name", async () => {
        const nameless = await createAdmin(getContainer(), { email: "ops-desk@atelier.test", first_name: "" })
        const { data } = await open(alice)
        const id = data.ticket.id
        await api.post(`/admin/support/tickets/${id}/messages`, { body: "On its way." }, nameless)
        await api.post(`/admin/support/tickets/${id}`, { status: "pending" }, nameless)
        await api.post(`/admin/support/tickets/${id}/messages`, { body: "Anything else?" }, admin)

        const shown = await api.get(`/store/support/tickets/${id}`, alice)
        const staff = shown.data.ticket.messages.filter((m: any) => m.author_type !== "customer")
        expect(staff.map((m: any) => [m.author_type, m.author_name])).toEqual([
          ["agent", "Atelier Hardening"],
          ["system", "Atelier Hardening"],
          ["agent", "Alex"],
        ])
        expect(JSON.stringify(shown.data)).not.toContain("@")
      })
    })

    describe("admin routes with RBAC policies declared", () => {
      it("still serve an ordinary admin (the rbac feature is off)", async () => {
        const { data } = await open(alice)
        const id = data.ticket.id
        expect((await api.get("/admin/support/tickets", admin)).status).toBe(200)
        expect((await api.get(`/admin/support/tickets/${id}`, admin)).status).toBe(200)
        expect((await api.get(`/admin/support/tickets/${id}/context`, admin)).data.customer.email).toBe("alice@shop.test")
        expect((await api.post(`/admin/support/tickets/${id}`, { priority: "high" }, admin)).status).toBe(200)
        const reply = await api.post("/admin/support/canned-replies", { title: "Hi", body: "Hello" }, admin)
        expect(reply.status).toBe(201)
        expect((await api.delete(`/admin/support/canned-replies/${reply.data.canned_reply.id}`, admin)).status).toBe(200)
        expect(await statusOf(api.get("/admin/support/tickets"))).toBe(401)
      })
    })
  },
})
