import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { deleteTicketsWorkflow } from "../../src/workflows"
import { createAdmin, createCustomer, createPublishableKey, guestHeaders } from "../helpers/actors"
import { errorOf, statusOf } from "../helpers/orders"
import { PDF, PNG } from "../helpers/files"

jest.setTimeout(120_000)


type Headers = { headers: Record<string, string> }
type Upload = { name: string; content: Buffer; type?: string }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let pk: string
    let alice: Awaited<ReturnType<typeof createCustomer>>
    let bob: Awaited<ReturnType<typeof createCustomer>>
    let admin: Awaited<ReturnType<typeof createAdmin>>

    beforeAll(async () => {
      const container = getContainer()
      pk = await createPublishableKey(container)
      alice = await createCustomer(container, pk, { email: "alice@shop.test", first_name: "Alice" })
      bob = await createCustomer(container, pk, { email: "bob@shop.test", first_name: "Bob" })
      admin = await createAdmin(container)
    })

    const form = (files: Upload[]) => {
      const body = new FormData()
      for (const f of files) body.append("files", new Blob([new Uint8Array(f.content)], { type: f.type ?? "application/octet-stream" }), f.name)
      return body
    }
    const storeUpload = async (headers: Headers, files: Upload[]) =>
      (await api.post("/store/support/uploads", form(files), headers)).data.files
    const adminUpload = async (files: Upload[]) =>
      (await api.post("/admin/support/uploads", form(files), admin)).data.files
    const open = (headers: Headers, body: Record<string, unknown> = {}) =>
      api.post("/store/support/tickets", { subject: "Broken mug", body: "See the photo.", ...body }, headers)
    const storePath = (ticketId: string, attachmentId: string) => `/store/support/tickets/${ticketId}/attachments/${attachmentId}`
    const adminPath = (ticketId: string, attachmentId: string) => `/admin/support/tickets/${ticketId}/attachments/${attachmentId}`
    const download = (path: string, headers: Headers) => api.get(path, { ...headers, responseType: "arraybuffer" })
    const rowOf = async (id: string) => {
      const [row] = await getContainer().resolve<any>("helpdesk").listSupportAttachments({ id })
      return row
    }
    // What a response must never carry: the File module's key or the provider's URL.
    const expectNoProviderUrl = async (json: unknown, attachmentIds: string[]) => {
      const text = JSON.stringify(json)
      expect(text).not.toContain("/static/")
      expect(text).not.toMatch(/https?:\/\//)
      for (const id of attachmentIds) expect(text).not.toContain((await rowOf(id)).file_id)
    }

    it("serves the owner's file privately with download-safe headers, and 404s everyone else", async () => {
      const [png, pdf] = await storeUpload(alice, [
        { name: "mug.png", content: PNG, type: "image/png" },
        { name: "receipt.pdf", content: PDF, type: "application/pdf" },
      ])
      const { data } = await open(alice, { attachment_ids: [png.id, pdf.id] })
      const ticket = data.ticket
      expect(ticket.messages[0].attachments).toHaveLength(2)
      expect(ticket.messages[0].attachments).toEqual(
        expect.arrayContaining([
          { id: png.id, filename: "mug.png", mime_type: "image/png", size: PNG.length, url: storePath(ticket.id, png.id) },
          { id: pdf.id, filename: "receipt.pdf", mime_type: "application/pdf", size: PDF.length, url: storePath(ticket.id, pdf.id) },
        ])
      )

      // Stored as a private file of the File module.
      expect((await rowOf(png.id)).file_id).toMatch(/^private-/)

      const res = await download(storePath(ticket.id, png.id), alice)
      expect(res.status).toBe(200)
      expect(Buffer.from(res.data).equals(PNG)).toBe(true)
      expect(res.headers["content-type"]).toBe("image/png")
      expect(res.headers["content-length"]).toBe(String(PNG.length))
      expect(res.headers["content-disposition"]).toBe(`inline; filename="mug.png"; filename*=UTF-8''mug.png`)
      expect(res.headers["x-content-type-options"]).toBe("nosniff")
      expect(res.headers["cache-control"]).toBe("private, no-store")

      const pdfRes = await download(storePath(ticket.id, pdf.id), alice)
      expect(Buffer.from(pdfRes.data).equals(PDF)).toBe(true)
      expect(pdfRes.headers["content-type"]).toBe("application/pdf")
      expect(pdfRes.headers["content-disposition"]).toMatch(/^attachment; /)

      const other = (await open(alice)).data.ticket
      const path = storePath(ticket.id, png.id)
      const missingTicket = await errorOf(download(storePath("supt_doesnotexist", png.id), alice))
      expect(missingTicket.status).toBe(404)
      expect(await statusOf(download(path, bob))).toBe(404)
      expect(await statusOf(download(path, guestHeaders(pk)))).toBe(404)
      expect(await statusOf(download(path, guestHeaders(pk, "x".repeat(43))))).toBe(404)
      expect(await statusOf(download(storePath(other.id, png.id), alice))).toBe(404)
      expect(await statusOf(download(storePath(ticket.id, "supatt_doesnotexist"), alice))).toBe(404)
      expect(await statusOf(download(`${path}?token=x`, alice))).toBe(400)

      // An upload nobody claimed is nobody's attachment yet.
      const [loose] = await storeUpload(alice, [{ name: "loose.png", content: PNG }])
      expect(await statusOf(download(storePath(ticket.id, loose.id), alice))).toBe(404)
      expect(await statusOf(download(adminPath(ticket.id, loose.id), admin))).toBe(404)

      // Agents read it through their own route.
      const adminRes = await download(adminPath(ticket.id, png.id), admin)
      expect(Buffer.from(adminRes.data).equals(PNG)).toBe(true)
      expect(adminRes.headers["x-content-type-options"]).toBe("nosniff")
      expect(await statusOf(download(adminPath(other.id, png.id), admin))).toBe(404)
      expect(await statusOf(api.get(adminPath(ticket.id, png.id)))).toBe(401)

      // Neither the store nor the admin JSON carries the provider's URL, whatever fields are asked.
      await expectNoProviderUrl((await api.get(`/store/support/tickets/${ticket.id}`, alice)).data, [png.id, pdf.id])
      const adminTicket = (await api.get(`/admin/support/tickets/${ticket.id}?fields=*messages.attachments`, admin)).data.ticket
      await expectNoProviderUrl(adminTicket, [png.id, pdf.id])
      expect(adminTicket.messages[0].attachments.map((a: any) => a.url).sort()).toEqual(
        [adminPath(ticket.id, png.id), adminPath(ticket.id, pdf.id)].sort()
      )
      const plain = (await api.get(`/admin/support/tickets/${ticket.id}`, admin)).data
      await expectNoProviderUrl(plain, [png.id, pdf.id])
    })

    it("lets a guest download with the ticket's token, in the header only", async () => {
      const [file] = await storeUpload(guestHeaders(pk), [{ name: "parcel.png", content: PNG }])
      const { data } = await open(guestHeaders(pk), { email: "guest@shop.test", attachment_ids: [file.id] })
      const path = storePath(data.ticket.id, file.id)
      expect(data.ticket.messages[0].attachments[0].url).toBe(path)

      const res = await download(path, guestHeaders(pk, data.access_token))
      expect(Buffer.from(res.data).equals(PNG)).toBe(true)
      expect(await statusOf(download(path, guestHeaders(pk)))).toBe(404)
      expect(await statusOf(download(path, guestHeaders(pk, `${data.access_token.slice(0, -2)}xx`)))).toBe(404)
      expect(await statusOf(download(path, alice))).toBe(404)
    })

    it("lets agents upload and attach files to replies, notes and new tickets; notes' files stay internal", async () => {
      expect(await statusOf(api.post("/admin/support/uploads", form([{ name: "a.png", content: PNG }])))).toBe(401)
      const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
      expect(await statusOf(api.post("/admin/support/uploads", form([{ name: "a.png", content: svg }]), admin))).toBe(400)
      expect(await statusOf(api.post("/admin/support/uploads", form([]), admin))).toBe(400)
      const big = Buffer.concat([PNG, Buffer.alloc(11 * 1024 * 1024)])
      expect(await statusOf(api.post("/admin/support/uploads", form([{ name: "big.png", content: big }]), admin))).toBe(413)
      const six = Array.from({ length: 6 }, (_, i) => ({ name: `${i}.png`, content: PNG }))
      expect(await statusOf(api.post("/admin/support/uploads", form(six), admin))).toBe(400)

      const ticket = (await open(alice)).data.ticket
      const uploaded = await api.post("/admin/support/uploads", form([{ name: "label.png", content: PNG }]), admin)
      expect(uploaded.status).toBe(201)
      const [reply] = uploaded.data.files
      expect(reply).toEqual({ id: reply.id, filename: "label.png", mime_type: "image/png", size: PNG.length })
      expect((await rowOf(reply.id)).uploaded_by).toBe(`user:${admin.user.id}`)

      // A shopper cannot claim an agent's upload, nor an agent a shopper's.
      expect(await statusOf(api.post(`/store/support/tickets/${ticket.id}/messages`, { body: "mine?", attachment_ids: [reply.id] }, alice))).toBe(404)
      const [shoppers] = await storeUpload(alice, [{ name: "s.png", content: PNG }])
      expect(await statusOf(api.post(`/admin/support/tickets/${ticket.id}/messages`, { body: "x", attachment_ids: [shoppers.id] }, admin))).toBe(404)

      const replied = await api.post(`/admin/support/tickets/${ticket.id}/messages`, { body: "Your label", attachment_ids: [reply.id] }, admin)
      expect(replied.status).toBe(201)
      const shown = (await api.get(`/store/support/tickets/${ticket.id}`, alice)).data.ticket
      const replyMessage = shown.messages.find((m: any) => m.body === "Your label")
      expect(replyMessage.attachments).toEqual([expect.objectContaining({ id: reply.id, url: storePath(ticket.id, reply.id) })])
      expect(Buffer.from((await download(storePath(ticket.id, reply.id), alice)).data).equals(PNG)).toBe(true)

      const [noteFile] = await adminUpload([{ name: "internal.pdf", content: PDF }])
      await api.post(`/admin/support/tickets/${ticket.id}/messages`, { body: "Fraud check", internal: true, attachment_ids: [noteFile.id] }, admin)
      expect(await statusOf(download(storePath(ticket.id, noteFile.id), alice))).toBe(404)
      const noteRes = await download(adminPath(ticket.id, noteFile.id), admin)
      expect(noteRes.status).toBe(200)
      expect(noteRes.headers["content-disposition"]).toMatch(/^attachment; filename="internal.pdf"/)
      expect(JSON.stringify((await api.get(`/store/support/tickets/${ticket.id}`, alice)).data)).not.toContain(noteFile.id)

      const [first] = await adminUpload([{ name: "call-notes.pdf", content: PDF }])
      const created = await api.post(
        "/admin/support/tickets",
        { subject: "Phone call", body: "Notes attached", email: "caller@shop.test", attachment_ids: [first.id] },
        admin
      )
      expect(created.status).toBe(201)
      expect(created.data.ticket.messages[0].attachments).toEqual([
        { id: first.id, filename: "call-notes.pdf", mime_type: "application/pdf", size: PDF.length, url: adminPath(created.data.ticket.id, first.id) },
      ])
    })

    it("shows file names without bidi controls, also in the download's headers", async () => {
      const [file] = await storeUpload(alice, [{ name: "invoice\u202Egnp.pdf", content: PDF }])
      expect(file.filename).toBe("invoicegnp.pdf")
      const ticket = (await open(alice, { attachment_ids: [file.id] })).data.ticket
      expect(ticket.messages[0].attachments[0].filename).toBe("invoicegnp.pdf")
      // A row stored before the rule is cleaned when shown.
      await getContainer().resolve<any>("helpdesk").updateSupportAttachments({ id: file.id, filename: "old\u202Efdp.exe" })
      const shown = (await api.get(`/store/support/tickets/${ticket.id}`, alice)).data.ticket
      expect(shown.messages[0].attachments[0].filename).toBe("oldfdp.exe")
      const res = await download(storePath(ticket.id, file.id), alice)
      expect(res.headers["content-disposition"]).toBe(`attachment; filename="oldfdp.exe"; filename*=UTF-8''oldfdp.exe`)

      const [korean] = await storeUpload(alice, [{ name: "영수증.png", content: PNG }])
      expect(korean.filename).toBe("영수증.png")
    })

    it("deletes a ticket's files with the ticket, and puts everything back when deleting the files fails", async () => {
      const container = getContainer()
      const files = container.resolve(Modules.FILE)
      const helpdesk: any = container.resolve("helpdesk")
      const [a] = await storeUpload(alice, [{ name: "a.png", content: PNG }])
      const ticket = (await open(alice, { attachment_ids: [a.id] })).data.ticket

      // A key the local provider refuses to delete (outside its folder): the last step fails.
      const good = (await rowOf(a.id)).file_id
      await helpdesk.updateSupportAttachments({ id: a.id, file_id: "../outside.png" })
      const failed = await deleteTicketsWorkflow(container).run({ input: { ids: [ticket.id] }, throwOnError: false })
      expect(failed.errors.map((e: any) => e.error?.message)).toEqual([expect.stringMatching(/Invalid file key/)])
      expect(["failed", "reverted"]).toContain(failed.transaction.getState())
      expect((await api.get(`/store/support/tickets/${ticket.id}`, alice)).data.ticket.messages[0].attachments).toHaveLength(1)
      await helpdesk.updateSupportAttachments({ id: a.id, file_id: good })
      expect(Buffer.from((await download(storePath(ticket.id, a.id), alice)).data).equals(PNG)).toBe(true)

      const [note] = await adminUpload([{ name: "n.pdf", content: PDF }])
      await api.post(`/admin/support/tickets/${ticket.id}/messages`, { body: "note", internal: true, attachment_ids: [note.id] }, admin)
      const fileIds = [good, (await rowOf(note.id)).file_id]
      expect(Buffer.from(await files.getAsBuffer(fileIds[1])).equals(PDF)).toBe(true)

      const { result } = await deleteTicketsWorkflow(container).run({ input: { ids: [ticket.id, "supt_doesnotexist"] } })
      expect(result).toEqual([ticket.id])
      for (const id of fileIds) {
        await expect(files.retrieveFile(id)).rejects.toThrow()
        await expect(files.getAsBuffer(id)).rejects.toThrow()
      }
      expect(await statusOf(api.get(`/admin/support/tickets/${ticket.id}`, admin))).toBe(404)
      expect(await statusOf(download(storePath(ticket.id, a.id), alice))).toBe(404)
      expect(await statusOf(download(adminPath(ticket.id, note.id), admin))).toBe(404)
      expect(await rowOf(a.id)).toBeUndefined()
    })
  },
})
