import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { unzipSync } from "fflate"
import { HELPDESK_MODULE } from "../../src/modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../src/modules/helpdesk/service"
import { eraseRequesterDataWorkflow } from "../../src/workflows"
import { createAdmin, createCustomer, createPublishableKey, guestHeaders } from "../helpers/actors"
import { PNG } from "../helpers/files"
import { errorOf, statusOf } from "../helpers/orders"

jest.setTimeout(240_000)

type Headers = { headers: Record<string, string> }

// Words only Alice's data contains: after her erasure none may be found anywhere in our tables.
const ALICE_WORD = "quokkaberry"
const ALICE_KO = "환불요청"
const ALICE_EMAIL = "alice.privacy@shop.test"
const ALICE_NAME = "Alicia"
const ALICE_PHONE = "+302101234567"
const BOB_WORD = "wombatplum"

// Registered once per process; acts only on these tests' additional_data.
eraseRequesterDataWorkflow.hooks.requesterErased?.(({ additional_data }) => {
  if (additional_data?.test_fail) throw new Error("host hook refused the erasure")
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let pk: string
    let admin: Awaited<ReturnType<typeof createAdmin>>
    let alice: Awaited<ReturnType<typeof createCustomer>>
    let bob: Awaited<ReturnType<typeof createCustomer>>
    const helpdesk = () => getContainer().resolve<HelpdeskModuleService>(HELPDESK_MODULE)

    const form = (name: string, content: Buffer) => {
      const body = new FormData()
      body.append("files", new Blob([new Uint8Array(content)], { type: "image/png" }), name)
      return body
    }
    const open = async (who: Headers, body: Record<string, unknown>) =>
      (await api.post("/store/support/tickets", body, who)).data
    const hours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString()

    /** Rows of our tables whose text (every column, generated search vectors included) contains `needle`. */
    async function rowsContaining(needle: string) {
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const found: string[] = []
      for (const table of ["support_ticket", "support_message", "support_attachment", "support_email_delivery", "support_ticket_line_item"]) {
        const { rows } = await pg.raw(`SELECT id FROM ${table} x WHERE x::text ILIKE ?`, [`%${needle}%`])
        found.push(...rows.map((r: { id: string }) => `${table}:${r.id}`))
      }
      return found
    }

    const search = async (q: string) =>
      (await api.get(`/admin/support/tickets?q=${encodeURIComponent(q)}&fields=id`, admin)).data.tickets.map((t: any) => t.id)

    let aliceTickets: string[] = []
    let aliceFileIds: string[] = []
    let bobTicket: string

    beforeAll(async () => {
      const container = getContainer()
      pk = await createPublishableKey(container)
      admin = await createAdmin(container, { first_name: "Alex" })
      alice = await createCustomer(container, pk, { email: ALICE_EMAIL, first_name: ALICE_NAME, last_name: "Quokka" })
      bob = await createCustomer(container, pk, { email: "bob.privacy@shop.test", first_name: "Bob" })

      const upload = await api.post("/store/support/uploads", form(`${ALICE_WORD}-receipt.png`, PNG), alice)
      const first = await open(alice, {
        subject: `Broken ${ALICE_WORD} mug`,
        body: `My mug arrived broken, ${ALICE_KO}. Photo attached.`,
        attachment_ids: [upload.data.files[0].id],
      })
      const second = await open(alice, { subject: "Where is my parcel?", body: `Tracking says nothing, ${ALICE_WORD}.` })
      aliceTickets = [first.ticket.id, second.ticket.id]
      await api.post(`/admin/support/tickets/${first.ticket.id}/messages`, { body: `Sorry ${ALICE_NAME}, we will replace it.` }, admin)
      await api.post(
        `/admin/support/tickets/${first.ticket.id}/messages`,
        { body: `Internal: ${ALICE_NAME} had a ${ALICE_WORD} issue before`, internal: true },
        admin
      )
      await api.post(`/store/support/tickets/${first.ticket.id}/messages`, { body: `Thanks! ${ALICE_WORD} again.` }, alice)
      await api.post(
        `/store/support/tickets/${second.ticket.id}/callback`,
        { phone: "+30 (210) 123-4567", window_start: hours(1), window_end: hours(2) },
        alice
      )
      await api.post(`/admin/support/tickets/${second.ticket.id}`, { status: "solved" }, admin)
      await api.post(`/store/support/tickets/${second.ticket.id}/rating`, { score: 4, comment: `Fine, ${ALICE_WORD}` }, alice)

      const bobs = await open(bob, { subject: `Bob's ${BOB_WORD} question`, body: `Is the ${BOB_WORD} in stock?` })
      bobTicket = bobs.ticket.id

      const attachments = await helpdesk().listSupportAttachments({ uploaded_by: `customer:${alice.customer.id}` })
      aliceFileIds = attachments.map((a: any) => a.file_id)
      expect(aliceFileIds).toHaveLength(1)
    })

    describe("bad requests", () => {
      it("needs exactly one of customer_id or email, in a strict JSON body, and changes nothing", async () => {
        for (const path of ["/admin/support/privacy/export", "/admin/support/privacy/export/archive", "/admin/support/privacy/erase"]) {
          for (const body of [
            {},
            { customer_id: alice.customer.id, email: ALICE_EMAIL },
            { email: "not an email" },
            { customer_id: { $ne: "" } },
            { customer_id: alice.customer.id, extra: true },
            { customer_id: "" },
          ]) {
            const err = await errorOf(api.post(path, body, admin))
            expect([path, err.status]).toEqual([path, 400])
          }
          expect(await statusOf(api.post(path, { customer_id: alice.customer.id }))).toBe(401)
        }
        const [ticket] = await helpdesk().listSupportTickets({ id: aliceTickets[0] })
        expect(ticket.subject).toContain(ALICE_WORD)
      })
    })

    describe("export", () => {
      it("gives the merchant every ticket, message (internal notes too) and file of the customer, and nobody else's", async () => {
        const res = await api.post("/admin/support/privacy/export", { customer_id: alice.customer.id }, admin)
        expect(res.status).toBe(200)
        const data = res.data.export
        expect(data.includes_internal_notes).toBe(true)
        expect(data.tickets.map((t: any) => t.id).sort()).toEqual([...aliceTickets].sort())
        const messages = data.tickets.flatMap((t: any) => t.messages)
        const rows = await helpdesk().listSupportMessages({ ticket_id: aliceTickets })
        expect(messages).toHaveLength(rows.length)
        expect(data.counts).toEqual({ tickets: 2, messages: rows.length, attachments: 1 })
        expect(messages.some((m: any) => m.internal && m.body.includes("Internal:"))).toBe(true)
        expect(messages.find((m: any) => m.metadata?.callback)?.metadata.callback.phone).toBe(ALICE_PHONE)

        const files = messages.flatMap((m: any) => m.attachments)
        expect(files).toHaveLength(1)
        expect(files[0]).toMatchObject({ filename: `${ALICE_WORD}-receipt.png`, mime_type: "image/png", size: PNG.length })
        expect(files[0]).not.toHaveProperty("file_id")
        const download = await api.get(files[0].url, { ...admin, responseType: "arraybuffer" })
        expect(Buffer.from(download.data).equals(PNG)).toBe(true)

        const text = JSON.stringify(data)
        expect(text).not.toContain(BOB_WORD)
        expect(text).not.toContain(bobTicket)
        expect(text).not.toContain(aliceFileIds[0])

        const byEmail = (await api.post("/admin/support/privacy/export", { email: ALICE_EMAIL.toUpperCase() }, admin)).data.export
        expect(byEmail.tickets.map((t: any) => t.id).sort()).toEqual([...aliceTickets].sort())
        const none = (await api.post("/admin/support/privacy/export", { email: "nobody@shop.test" }, admin)).data.export
        expect(none.tickets).toEqual([])
      })

      it("offers the same export as a zip with export.json and every file", async () => {
        const res = await api.post("/admin/support/privacy/export/archive", { customer_id: alice.customer.id }, { ...admin, responseType: "arraybuffer" })
        expect(res.status).toBe(200)
        expect(res.headers["content-type"]).toBe("application/zip")
        expect(res.headers["content-disposition"]).toMatch(/^attachment; filename="support-export-/)
        const entries = unzipSync(new Uint8Array(res.data))
        const data = JSON.parse(new TextDecoder().decode(entries["export.json"]))
        expect(data.tickets).toHaveLength(2)
        const file = data.tickets.flatMap((t: any) => t.messages).flatMap((m: any) => m.attachments)[0]
        expect(file.archive_path).toMatch(new RegExp(`^attachments/\\d+/supatt_[^/]+-${ALICE_WORD}-receipt\\.png$`))
        expect(Buffer.from(entries[file.archive_path]).equals(PNG)).toBe(true)
        expect(Object.keys(entries)).toHaveLength(2)
        expect(new TextDecoder().decode(entries["export.json"])).not.toContain(BOB_WORD)
      })

      it("lets a signed-in shopper fetch their own archive by a signed link, without internal notes, rate limited", async () => {
        expect(await statusOf(api.post("/store/support/privacy/export", {}, guestHeaders(pk)))).toBe(401)
        expect((await errorOf(api.post("/store/support/privacy/export", { customer_id: bob.customer.id }, alice))).status).toBe(400)

        const res = await api.post("/store/support/privacy/export", {}, alice)
        expect(res.status).toBe(202)
        const { download_url, expires_at } = res.data.export
        expect(download_url).toMatch(/^\/helpdesk\/privacy-exports\//)
        expect(new Date(expires_at).getTime()).toBeGreaterThan(Date.now())

        // A plain link: no publishable key, no session.
        const archive = await api.get(download_url, { responseType: "arraybuffer" })
        expect(archive.headers["content-type"]).toBe("application/zip")
        const entries = unzipSync(new Uint8Array(archive.data))
        const json = new TextDecoder().decode(entries["export.json"])
        const data = JSON.parse(json)
        expect(data.includes_internal_notes).toBe(false)
        expect(data.tickets.map((t: any) => t.id).sort()).toEqual([...aliceTickets].sort())
        expect(json).not.toContain("Internal:")
        expect(json).not.toContain(BOB_WORD)
        const file = data.tickets.flatMap((t: any) => t.messages).flatMap((m: any) => m.attachments)[0]
        expect(Buffer.from(entries[file.archive_path]).equals(PNG)).toBe(true)

        // Bob's link opens Bob's data only; a tampered link opens nothing.
        const bobs = (await api.post("/store/support/privacy/export", {}, bob)).data.export.download_url
        const bobJson = new TextDecoder().decode(unzipSync(new Uint8Array((await api.get(bobs, { responseType: "arraybuffer" })).data))["export.json"])
        expect(bobJson).toContain(BOB_WORD)
        expect(bobJson).not.toContain(ALICE_WORD)
        const [, expiry, signature] = download_url.split("/").pop()!.split(".")
        const forged = `/helpdesk/privacy-exports/${Buffer.from(bob.customer.id).toString("base64url")}.${expiry}.${signature}`
        expect(await statusOf(api.get(forged))).toBe(404)
        expect(await statusOf(api.get("/helpdesk/privacy-exports/nonsense"))).toBe(404)

        // Three requests an hour per shopper (options rateLimits.privacyExport).
        expect((await api.post("/store/support/privacy/export", {}, alice)).status).toBe(202)
        expect((await api.post("/store/support/privacy/export", {}, alice)).status).toBe(202)
        const limited = await errorOf(api.post("/store/support/privacy/export", {}, alice))
        expect(limited.status).toBe(429)
      })
    })

    describe("erase", () => {
      it("restores everything, files included, when a step after the rewrite fails (compensation)", async () => {
        const err = await errorOf(
          api.post("/admin/support/privacy/erase", { customer_id: alice.customer.id, additional_data: { test_fail: true } }, admin)
        )
        expect(err.status).toBeGreaterThanOrEqual(400)
        const tickets = await helpdesk().listSupportTickets({ id: aliceTickets })
        expect(tickets.every((t: any) => t.customer_id === alice.customer.id && t.email === ALICE_EMAIL)).toBe(true)
        expect(tickets.find((t: any) => t.id === aliceTickets[0])!.subject).toBe(`Broken ${ALICE_WORD} mug`)
        expect(await search(ALICE_WORD)).toHaveLength(2)
        const attachments = await helpdesk().listSupportAttachments({ uploaded_by: `customer:${alice.customer.id}` })
        expect(attachments).toHaveLength(1)
        expect(attachments[0].filename).toBe(`${ALICE_WORD}-receipt.png`)
        const lines = await helpdesk().listSupportMessages({ ticket_id: aliceTickets, author_type: "system" })
        expect(lines.filter((l: any) => l.metadata?.event === "privacy_erased")).toHaveLength(0)
        const file = (await api.post("/admin/support/privacy/export", { customer_id: alice.customer.id }, admin)).data.export.tickets
          .flatMap((t: any) => t.messages)
          .flatMap((m: any) => m.attachments)[0]
        const download = await api.get(file.url, { ...admin, responseType: "arraybuffer" })
        expect(Buffer.from(download.data).equals(PNG)).toBe(true)
      })

      it("leaves no text of the customer in tickets, messages, search columns or files, keeps an audit line, emits an event", async () => {
        expect(await search(ALICE_WORD)).toHaveLength(2)
        expect(await search(ALICE_KO.slice(0, 2))).toHaveLength(1)
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        const emit = jest.spyOn(eventBus, "emit")
        const messagesBefore = (await helpdesk().listSupportMessages({ ticket_id: aliceTickets })).length

        const res = await api.post("/admin/support/privacy/erase", { customer_id: alice.customer.id }, admin)
        expect(res.status).toBe(200)
        expect(res.data).toEqual({ erased: { tickets: 2, messages: messagesBefore, attachments: 1 } })

        expect(await search(ALICE_WORD)).toEqual([])
        expect(await search(ALICE_KO.slice(0, 2))).toEqual([])
        expect(await search(ALICE_NAME)).toEqual([])
        for (const needle of [ALICE_WORD, ALICE_KO, ALICE_EMAIL, ALICE_NAME, ALICE_PHONE, alice.customer.id, "receipt"]) {
          expect([needle, await rowsContaining(needle)]).toEqual([needle, []])
        }
        await expect(
          getContainer().resolve(Modules.FILE).getDownloadStream(aliceFileIds[0]).then(async (s: any) => {
            for await (const _ of s) break
          })
        ).rejects.toBeTruthy()

        for (const id of aliceTickets) {
          const ticket = (await api.get(`/admin/support/tickets/${id}`, admin)).data.ticket
          expect(ticket).toMatchObject({ customer_id: null, email: null, name: null })
          expect(ticket.subject).toMatch(/^Erased ticket #\d+$/)
          const audit = ticket.messages.filter((m: any) => m.metadata?.event === "privacy_erased")
          expect(audit).toHaveLength(1)
          expect(audit[0]).toMatchObject({ author_type: "system", internal: true })
          expect(audit[0].body).toMatch(/^Personal data erased by Alex on \d{4}-\d{2}-\d{2}/)
        }
        const events = emit.mock.calls.flatMap(([e]: any) => (Array.isArray(e) ? e : [e]))
        const erased = events.find((e: any) => e.name === "support_privacy.erased")
        expect(erased?.data).toEqual({ ids: expect.arrayContaining(aliceTickets), customer_id: alice.customer.id })
        emit.mockRestore()

        // Bob's ticket is untouched, and the store shows Alice no ticket of hers any more.
        expect(await search(BOB_WORD)).toEqual([bobTicket])
        expect((await api.get("/store/support/tickets", alice)).data.tickets).toEqual([])
        const again = await api.post("/admin/support/privacy/erase", { customer_id: alice.customer.id }, admin)
        expect(again.data).toEqual({ erased: { tickets: 0, messages: 0, attachments: 0 } })
      })

      it("erases a guest's tickets by email", async () => {
        const guest = await open(guestHeaders(pk), {
          subject: "Guest asks about gift cards",
          body: "My name is Hedwig Gardenia.",
          email: "hedwig.guest@shop.test",
          name: "Hedwig",
        })
        const res = await api.post("/admin/support/privacy/erase", { email: "Hedwig.Guest@shop.test" }, admin)
        expect(res.data.erased).toMatchObject({ tickets: 1, messages: 1 })
        expect(await rowsContaining("hedwig")).toEqual([])
        // The guest's link no longer opens it.
        expect(await statusOf(api.get(`/store/support/tickets/${guest.ticket.id}`, guestHeaders(pk, guest.access_token)))).toBe(404)
      })
    })

    describe("when Medusa deletes a customer", () => {
      async function customerWithTicket(word: string) {
        const c = await createCustomer(getContainer(), pk, { first_name: "Del", email: `${word}@shop.test` })
        const { ticket } = await open(c, { subject: `Question ${word}`, body: `About ${word}` })
        return { c, ticketId: ticket.id as string }
      }
      const waitFor = async (check: () => Promise<boolean>) => {
        for (let i = 0; i < 50; i++) {
          if (await check()) return true
          await new Promise((r) => setTimeout(r, 100))
        }
        return false
      }

      it("keeps their tickets by default, anonymises them when the policy says so", async () => {
        expect((await api.get("/admin/support/settings", admin)).data.settings.privacy).toEqual({ on_customer_deleted: "keep" })
        const kept = await customerWithTicket("keepaardvark")
        await api.delete(`/admin/customers/${kept.c.customer.id}`, admin)
        await new Promise((r) => setTimeout(r, 1500))
        const [still] = await helpdesk().listSupportTickets({ id: kept.ticketId })
        expect(still).toMatchObject({ customer_id: kept.c.customer.id, subject: "Question keepaardvark" })

        expect((await errorOf(api.post("/admin/support/settings", { privacy: { on_customer_deleted: "shred" } }, admin))).status).toBe(400)
        const set = await api.post("/admin/support/settings", { privacy: { on_customer_deleted: "anonymise" } }, admin)
        expect(set.data.settings.privacy).toEqual({ on_customer_deleted: "anonymise" })

        const gone = await customerWithTicket("goneplatypus")
        await api.delete(`/admin/customers/${gone.c.customer.id}`, admin)
        const anonymised = await waitFor(async () => {
          const [t] = await helpdesk().listSupportTickets({ id: gone.ticketId })
          return t.customer_id === null
        })
        expect(anonymised).toBe(true)
        expect(await rowsContaining("goneplatypus")).toEqual([])
        const [t] = await helpdesk().listSupportTickets({ id: gone.ticketId })
        expect(t.subject).toMatch(/^Erased ticket #/)
        const lines = await helpdesk().listSupportMessages({ ticket_id: gone.ticketId, author_type: "system" })
        expect(lines.find((l: any) => l.metadata?.event === "privacy_erased")?.body).toMatch(/^Personal data erased on /)
      })
    })
  },
})
