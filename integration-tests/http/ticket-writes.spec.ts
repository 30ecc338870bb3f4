import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { asValue } from "awilix"
import { createAdmin, createCustomer, createPublishableKey, guestHeaders } from "../helpers/actors"
import { errorOf } from "../helpers/orders"
import {
  addTicketMessageWorkflow,
  bulkUpdateTicketsWorkflow,
  createTicketWorkflow,
  mergeTicketsWorkflow,
  updateTicketWorkflow,
} from "../../src/workflows"
import { HELPDESK_MODULE } from "../../src/modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../src/modules/helpdesk/service"

jest.setTimeout(120_000)

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const key = (id: string) => `support_ticket:${id}`

// Hooks are registered once per process (optional calls: the file also runs against code without them);
// the handlers act only on the additional_data of these tests.
const hookCalls: { hook: string; ticket_id: string; message_id?: string; data: any }[] = []
createTicketWorkflow.hooks.ticketCreated?.(({ ticket, message, additional_data }) => {
  if (!additional_data?.test) return
  hookCalls.push({ hook: "ticketCreated", ticket_id: ticket.id, message_id: message.id, data: additional_data })
  if (additional_data.fail) throw new Error("host hook refused the ticket")
})
addTicketMessageWorkflow.hooks.messageCreated?.(({ ticket, message, additional_data }) => {
  if (!additional_data?.test) return
  hookCalls.push({ hook: "messageCreated", ticket_id: ticket.id, message_id: message.id, data: additional_data })
  if (additional_data.fail) throw new Error("host hook refused the message")
})
updateTicketWorkflow.hooks.ticketUpdated?.(({ ticket, additional_data }) => {
  if (!additional_data?.test) return
  hookCalls.push({ hook: "ticketUpdated", ticket_id: ticket.id, data: additional_data })
  if (additional_data.fail) throw new Error("host hook refused the update")
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let pk: string
    let admin: Awaited<ReturnType<typeof createAdmin>>
    let minji: Awaited<ReturnType<typeof createCustomer>>
    const helpdesk = () => getContainer().resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const locking = () => getContainer().resolve(Modules.LOCKING)
    const agent = () => ({ type: "agent" as const, id: admin.user.id, name: "Alex" })

    beforeAll(async () => {
      const container = getContainer()
      pk = await createPublishableKey(container)
      admin = await createAdmin(container, { first_name: "Alex" })
      minji = await createCustomer(container, pk, { email: "minji@shop.test" })
    })

    const open = (who: { headers: Record<string, string> }, subject: string, extra: Record<string, unknown> = {}) =>
      api.post("/store/support/tickets", { subject, body: `${subject} body`, ...extra }, who).then((r: any) => r.data)
    const openGuest = (email: string, subject: string) => open(guestHeaders(pk), subject, { email })
    /** Whether another owner could take these keys right now (and gives them back). */
    const free = async (...keys: string[]) => {
      try {
        for (const k of keys) await locking().acquire(k, { ownerId: "probe", expire: 5 })
        return true
      } catch {
        return false
      } finally {
        await locking().release(keys, { ownerId: "probe" })
      }
    }

    describe("ticket locks", () => {
      it("a bulk update waiting on a busy ticket holds none of the others, and fails after its timeout", async () => {
        const a = (await open(minji, "Lock A")).ticket
        const b = (await open(minji, "Lock B")).ticket
        await locking().acquire(key(b.id), { ownerId: "other-run", expire: 30 })
        try {
          const run = bulkUpdateTicketsWorkflow(getContainer())
            .run({ input: { ids: [a.id, b.id], actor: agent(), priority: "high", lock_timeout_seconds: 2 } })
            .then(() => "done", (e) => e)
          await sleep(300)
          // While it waits, A is not kept: another run takes it at once.
          let tookA = false
          for (let i = 0; i < 10 && !tookA; i++) tookA = await free(key(a.id))
          expect(tookA).toBe(true)
          const err = await run
          expect(err).not.toBe("done")
          expect(err.message).toMatch(/in progress/)
          expect(await free(key(a.id))).toBe(true)
          const rows = await helpdesk().listSupportTickets({ id: [a.id, b.id] })
          expect(rows.map((r) => r.priority)).toEqual(["normal", "normal"])
        } finally {
          await locking().release(key(b.id), { ownerId: "other-run" })
        }
        // The other run's lock was its own: nothing of this run freed or kept it.
        expect(await free(key(a.id), key(b.id))).toBe(true)
      })

      it("a failing bulk update or merge leaves no lock behind", async () => {
        const a = (await open(minji, "Fail A")).ticket
        const b = (await open(minji, "Fail B")).ticket
        const bad = await errorOf(
          api.post("/admin/support/tickets/batch", { ids: [a.id, b.id], assignee_id: "user_missing" }, admin)
        )
        expect(bad.status).toBe(400)
        expect(await free(key(a.id), key(b.id))).toBe(true)

        const g1 = (await openGuest("same@guest.test", "Guest 1")).ticket
        const g2 = (await openGuest("same@guest.test", "Guest 2")).ticket
        const merged = await mergeTicketsWorkflow(getContainer())
          .run({ input: { target_id: g1.id, source_ids: [g2.id], actor: { id: admin.user.id } } })
          .then((r) => r, (e) => e)
        // Workflow errors come back as plain objects, not Error instances.
        expect(String(merged?.message)).toMatch(/unverified/)
        expect(await free(key(g1.id), key(g2.id))).toBe(true)
      })

      it("/assign, which runs the update as a sub-workflow, waits for the ticket's lock", async () => {
        const t = (await open(minji, "Assign me")).ticket
        await locking().acquire(key(t.id), { ownerId: "other-run", expire: 30 })
        let settled = false
        const request = api
          .post(`/admin/support/tickets/${t.id}/assign`, { assignee_id: admin.user.id }, admin)
          .finally(() => (settled = true))
        await sleep(800)
        expect(settled).toBe(false)
        expect((await helpdesk().retrieveSupportTicket(t.id)).assignee_id).toBeNull()
        await locking().release(key(t.id), { ownerId: "other-run" })
        const res = await request
        expect(res.data.ticket.assignee_id).toBe(admin.user.id)
        expect(await free(key(t.id))).toBe(true)
      })
    })

    describe("writes without a shared lock (several instances)", () => {
      it("keeps every concurrent change to one ticket", async () => {
        const t = (await open(minji, "Many tags")).ticket
        // Each run gets a locking module that locks nothing, as separate processes would.
        const scope = getContainer().createScope()
        scope.register(
          Modules.LOCKING,
          asValue({ acquire: async () => undefined, release: async () => true, execute: async (_k: any, job: any) => job() })
        )
        const tags = Array.from({ length: 8 }, (_, i) => `t${i}`)
        await Promise.all(
          tags.map((tag) => bulkUpdateTicketsWorkflow(scope as any).run({ input: { ids: [t.id], actor: agent(), add_tags: [tag] } }))
        )
        const notes = Array.from({ length: 5 }, (_, i) =>
          addTicketMessageWorkflow(scope as any).run({
            input: { ticket_id: t.id, body: `reply ${i}`, actor: agent() },
          })
        )
        await Promise.all(notes)
        const after = await helpdesk().retrieveSupportTicket(t.id)
        expect([...after.tags].sort()).toEqual(tags)
        const messages = await helpdesk().listSupportMessages({ ticket_id: t.id })
        expect(messages).toHaveLength(6)
        // Activity times never move back: the ticket shows its newest message, whichever run wrote last.
        const newest = Math.max(...messages.map((m) => new Date(m.created_at).getTime()))
        expect(new Date(after.last_message_at!).getTime()).toBe(newest)
        expect(after.version).toBeGreaterThanOrEqual(9)
      })

      it("counts 20 concurrent uses of a canned reply", async () => {
        const reply = await helpdesk().createSupportCannedReplies({ title: "Hi", body: "Hello!" })
        const tickets = await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            createTicketWorkflow(getContainer()).run({
              input: { subject: `Canned ${i}`, body: "?", author: { type: "agent", id: admin.user.id }, email: "c@x.io" },
            })
          )
        )
        await Promise.all(
          tickets.map(({ result }) =>
            addTicketMessageWorkflow(getContainer()).run({
              input: { ticket_id: result.ticket.id, body: "Hello!", actor: agent(), canned_reply_id: reply.id },
            })
          )
        )
        expect((await helpdesk().retrieveSupportCannedReply(reply.id)).usage_count).toBe(20)
      })
    })

    describe("merges of guest tickets", () => {
      it("refuses to merge into a less verified requester, with the reason, and merges into a verified one", async () => {
        const typed = (await openGuest("ana@guest.test", "Typed 1")).ticket
        const typed2 = (await openGuest("ana@guest.test", "Typed 2")).ticket
        const refused = await errorOf(api.post(`/admin/support/tickets/${typed.id}/merge`, { ticket_ids: [typed2.id] }, admin))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/unverified email/)
        expect((await helpdesk().retrieveSupportTicket(typed2.id)).merged_into_id).toBeNull()

        await helpdesk().updateSupportTickets({ id: typed.id, identity: "verified_email" })
        const back = await errorOf(api.post(`/admin/support/tickets/${typed2.id}/merge`, { ticket_ids: [typed.id] }, admin))
        expect(back.status).toBe(400)
        expect(back.data.message).toMatch(/merge the other way round|unverified/)
        await api.post(`/admin/support/tickets/${typed.id}/merge`, { ticket_ids: [typed2.id] }, admin)
        expect((await helpdesk().retrieveSupportTicket(typed2.id)).merged_into_id).toBe(typed.id)
      })
    })

    describe("replies on merged tickets", () => {
      it("go to the surviving ticket and say so; the old link follows only a merge between equals", async () => {
        const first = await openGuest("lee@guest.test", "Old thread")
        const second = await openGuest("lee@guest.test", "New thread")
        const stranger = await openGuest("someone@guest.test", "Unrelated")
        for (const t of [first.ticket, second.ticket]) await helpdesk().updateSupportTickets({ id: t.id, identity: "verified_email" })
        await api.post(`/admin/support/tickets/${second.ticket.id}/merge`, { ticket_ids: [first.ticket.id] }, admin)
        await api.post(`/admin/support/tickets/${second.ticket.id}`, { status: "solved" }, admin)

        const oldLink = guestHeaders(pk, first.access_token)
        const reply = await api.post(`/store/support/tickets/${first.ticket.id}/messages`, { body: "Still waiting" }, oldLink)
        expect(reply.status).toBe(201)
        expect(reply.data.redirected_from).toBe(first.ticket.id)
        expect(reply.data.ticket.id).toBe(second.ticket.id)
        expect(reply.data.ticket.status).toBe("open")
        expect(reply.data.ticket.messages.map((m: any) => m.body)).toContain("Still waiting")
        expect((await helpdesk().listSupportMessages({ ticket_id: first.ticket.id })).length).toBe(0)

        const read = await api.get(`/store/support/tickets/${first.ticket.id}`, oldLink)
        expect(read.data).toMatchObject({ redirected_from: first.ticket.id, ticket: { id: second.ticket.id } })

        await api.post(`/admin/support/tickets/${second.ticket.id}`, { status: "closed" }, admin)
        const reopened = await api.post(`/store/support/tickets/${first.ticket.id}/reopen`, {}, oldLink)
        expect(reopened.data).toMatchObject({ redirected_from: first.ticket.id, ticket: { id: second.ticket.id, status: "open" } })

        const foreign = guestHeaders(pk, stranger.access_token)
        expect((await errorOf(api.post(`/store/support/tickets/${first.ticket.id}/messages`, { body: "x" }, foreign))).status).toBe(404)
        expect((await errorOf(api.get(`/store/support/tickets/${first.ticket.id}`, foreign))).status).toBe(404)
      })

      it("an unverified ticket's link cannot open the better verified thread it was merged into", async () => {
        const typed = await openGuest("kim@guest.test", "Typed")
        const proven = await openGuest("kim@guest.test", "Proven")
        await helpdesk().updateSupportTickets({ id: proven.ticket.id, identity: "verified_email" })
        await api.post(`/admin/support/tickets/${proven.ticket.id}/merge`, { ticket_ids: [typed.ticket.id] }, admin)
        const oldLink = guestHeaders(pk, typed.access_token)
        const refused = await errorOf(api.post(`/store/support/tickets/${typed.ticket.id}/messages`, { body: "hi" }, oldLink))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/merged into another conversation/)
        const read = await api.get(`/store/support/tickets/${typed.ticket.id}`, oldLink)
        expect(read.data.ticket).toMatchObject({ id: typed.ticket.id, merged: true, messages: [] })
        expect(read.data.redirected_from).toBeUndefined()
      })
    })

    describe("what shoppers see of agent-only activity", () => {
      it("an internal note or agent-only edit moves neither updated_at nor last_message_at of the store view", async () => {
        const t = (await open(minji, "Quiet notes")).ticket
        const before = (await api.get(`/store/support/tickets/${t.id}`, minji)).data.ticket
        await sleep(20)
        await api.post(`/admin/support/tickets/${t.id}/messages`, { body: "VIP, handle with care", internal: true }, admin)
        await api.post(`/admin/support/tickets/${t.id}`, { priority: "urgent", tags: ["vip"] }, admin)
        const after = (await api.get(`/store/support/tickets/${t.id}`, minji)).data.ticket
        expect(after.updated_at).toBe(before.updated_at)
        expect(after.last_message_at).toBe(before.last_message_at)
        const listed = (await api.get(`/store/support/tickets`, minji)).data.tickets.find((x: any) => x.id === t.id)
        expect(listed.updated_at).toBe(before.updated_at)

        await api.post(`/admin/support/tickets/${t.id}/messages`, { body: "We are on it" }, admin)
        const replied = (await api.get(`/store/support/tickets/${t.id}`, minji)).data.ticket
        expect(new Date(replied.updated_at).getTime()).toBeGreaterThan(new Date(before.updated_at).getTime())
      })
    })

    describe("host hooks", () => {
      it("pass additional_data to ticketCreated, messageCreated and ticketUpdated", async () => {
        const created = await open(minji, "Hooked", { additional_data: { test: true, crm_id: "crm_1" } })
        expect(hookCalls).toContainEqual(
          expect.objectContaining({ hook: "ticketCreated", ticket_id: created.ticket.id, data: { test: true, crm_id: "crm_1" } })
        )
        await api.post(`/admin/support/tickets/${created.ticket.id}/messages`, { body: "Hi", additional_data: { test: true, n: 1 } }, admin)
        expect(hookCalls).toContainEqual(expect.objectContaining({ hook: "messageCreated", ticket_id: created.ticket.id, data: { test: true, n: 1 } }))
        await api.post(`/admin/support/tickets/${created.ticket.id}`, { priority: "low", additional_data: { test: true } }, admin)
        expect(hookCalls).toContainEqual(expect.objectContaining({ hook: "ticketUpdated", ticket_id: created.ticket.id }))
      })

      it("a hook that throws rolls the write back", async () => {
        const failed = await errorOf(open(minji, "Refused by host", { additional_data: { test: true, fail: true } }))
        expect(failed.status).toBeGreaterThanOrEqual(400)
        const call = hookCalls.find((c) => c.hook === "ticketCreated" && c.data.fail)!
        expect(await helpdesk().listSupportTickets({ id: call.ticket_id })).toHaveLength(0)

        const t = (await open(minji, "Keep me")).ticket
        const before = await helpdesk().retrieveSupportTicket(t.id)
        await errorOf(api.post(`/admin/support/tickets/${t.id}/messages`, { body: "nope", additional_data: { test: true, fail: true } }, admin))
        expect(await helpdesk().listSupportMessages({ ticket_id: t.id })).toHaveLength(1)
        await errorOf(api.post(`/admin/support/tickets/${t.id}`, { priority: "urgent", additional_data: { test: true, fail: true } }, admin))
        const after = await helpdesk().retrieveSupportTicket(t.id)
        expect(after.priority).toBe(before.priority)
        expect(await free(key(t.id))).toBe(true)
      })

      it("refuses additional_data that is not an object or too large", async () => {
        expect((await errorOf(open(minji, "Bad", { additional_data: "x" }))).status).toBe(400)
        expect((await errorOf(open(minji, "Big", { additional_data: { blob: "x".repeat(20_000) } }))).status).toBe(400)
      })
    })
  },
})
