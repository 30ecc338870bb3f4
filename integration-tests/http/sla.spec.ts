import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { HELPDESK_MODULE } from "../../src/modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../src/modules/helpdesk/service"
import recordSlaBreachesJob from "../../src/jobs/record-sla-breaches"
import { autoAcknowledgeTicketWorkflow, recordSlaBreachesWorkflow, runSlaBreachTick } from "../../src/workflows"
import { createAdmin, createCustomer, createPublishableKey, guestHeaders } from "../helpers/actors"
import { errorOf, statusOf } from "../helpers/orders"

jest.setTimeout(180_000)

// The other suites run with the auto-acknowledgement off (medusa-config.ts); this one with the product's default.
process.env.HELPDESK_TEST_OPTIONS = JSON.stringify({ autoAcknowledge: { enabled: true } })

const MIN = 60_000
const near = (actual: string | null, expected: number, toleranceMs = 5_000) => {
  expect(actual).not.toBeNull()
  expect(Math.abs(new Date(actual!).getTime() - expected)).toBeLessThan(toleranceMs)
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let pk: string
    let admin: Awaited<ReturnType<typeof createAdmin>>
    let shopper: Awaited<ReturnType<typeof createCustomer>>
    const helpdesk = () => getContainer().resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const knex = () => getContainer().resolve("__pg_connection__") as any
    const adminTicket = (id: string) => api.get(`/admin/support/tickets/${id}`, admin).then((r: any) => r.data.ticket)
    const waitFor = async <T>(fn: () => Promise<T | null | undefined>, ms = 10_000): Promise<T | null> => {
      const until = Date.now() + ms
      while (Date.now() < until) {
        const v = await fn()
        if (v) return v
        await new Promise((r) => setTimeout(r, 100))
      }
      return null
    }
    const ackOf = async (ticketId: string) =>
      (await helpdesk().listSupportMessages({ ticket_id: ticketId })).filter((m: any) => m.metadata?.automation === "auto_acknowledge")

    let everyone: any
    let urgent: any
    // The database is restored to its state after beforeAll before each test: each test sets up its policies.
    const createPolicies = async () => {
      everyone = (await api.post("/admin/support/sla-policies", { name: "Everyone", first_response_minutes: 240, resolution_minutes: 1440, position: 10 }, admin)).data.sla_policy
      urgent = (
        await api.post("/admin/support/sla-policies", { name: "Urgent", priority: "urgent", first_response_minutes: 60, resolution_minutes: 240, position: 0 }, admin)
      ).data.sla_policy
    }

    beforeAll(async () => {
      const container = getContainer()
      pk = await createPublishableKey(container)
      admin = await createAdmin(container, { first_name: "Alex" })
      shopper = await createCustomer(container, pk, { email: "mina@shop.test", first_name: "Mina" })
    })

    describe("business hours and SLA policies (CRUD)", () => {
      it("creates, reads, lists, updates and deletes business hours, with 400s for bad input", async () => {
        const body = {
          name: "Seoul office",
          timezone: "Asia/Seoul",
          intervals: [
            { day: 1, start: "09:00", end: "12:00" },
            { day: 1, start: "13:00", end: "18:00" },
          ],
          holidays: ["2026-12-25"],
        }
        const res = await api.post("/admin/support/business-hours", body, admin)
        expect(res.status).toBe(201)
        const bh = res.data.business_hours
        expect(bh).toMatchObject({ id: expect.stringMatching(/^supbh_/), ...body })

        expect((await api.get(`/admin/support/business-hours/${bh.id}`, admin)).data.business_hours.name).toBe("Seoul office")
        const list = (await api.get("/admin/support/business-hours", admin)).data
        expect(list).toMatchObject({ count: 1, offset: 0 })
        expect(list.business_hours[0].id).toBe(bh.id)

        const updated = await api.post(`/admin/support/business-hours/${bh.id}`, { holidays: ["2027-01-01", "2027-01-01"] }, admin)
        expect(updated.data.business_hours.holidays).toEqual(["2027-01-01"])

        for (const bad of [
          { ...body, timezone: "Mars/Olympus" },
          { ...body, intervals: [{ day: 7, start: "09:00", end: "10:00" }] },
          { ...body, intervals: [{ day: 1, start: "10:00", end: "09:00" }] },
          { ...body, intervals: [{ day: 1, start: "9:00", end: "10:00" }] },
          { ...body, intervals: [] },
          { ...body, holidays: ["2026-02-30"] },
          { ...body, extra: true },
          { ...body, intervals: [{ day: 1, start: "09:00", end: "10:00", note: "x" }] },
        ]) {
          expect((await errorOf(api.post("/admin/support/business-hours", bad, admin))).status).toBe(400)
        }
        expect((await errorOf(api.post(`/admin/support/business-hours/${bh.id}`, { timezone: "Nowhere" }, admin))).status).toBe(400)
        expect(await statusOf(api.post("/admin/support/business-hours/supbh_missing", { name: "x" }, admin))).toBe(404)
        expect(await statusOf(api.get("/admin/support/business-hours"))).toBe(401)
        expect((await api.get("/admin/support/business-hours", admin)).data.count).toBe(1)

        // In use by a policy: refused; free again: deleted.
        const policy = (
          await api.post("/admin/support/sla-policies", { name: "Office", first_response_minutes: 240, resolution_minutes: 960, business_hours_id: bh.id, enabled: false }, admin)
        ).data.sla_policy
        expect((await errorOf(api.delete(`/admin/support/business-hours/${bh.id}`, admin))).status).toBe(400)
        expect((await api.delete(`/admin/support/sla-policies/${policy.id}`, admin)).data).toEqual({ id: policy.id, object: "sla_policy", deleted: true })
        expect((await api.delete(`/admin/support/business-hours/${bh.id}`, admin)).data).toEqual({ id: bh.id, object: "business_hours", deleted: true })
        expect(await statusOf(api.get(`/admin/support/business-hours/${bh.id}`, admin))).toBe(404)
      })

      it("creates and updates SLA policies, with 400s for bad input", async () => {
        for (const bad of [
          { name: "x", first_response_minutes: 0, resolution_minutes: 10 },
          { name: "x", first_response_minutes: 10 },
          { name: "x", first_response_minutes: 10, resolution_minutes: 10, priority: "whenever" },
          { name: "x", first_response_minutes: 10, resolution_minutes: 10, business_hours_id: "supbh_missing" },
          { name: "x", first_response_minutes: 10, resolution_minutes: 10, sneaky: 1 },
        ]) {
          expect((await errorOf(api.post("/admin/support/sla-policies", bad, admin))).status).toBe(400)
        }
        await createPolicies()
        expect(everyone).toMatchObject({ priority: null, business_hours_id: null, enabled: true, position: 10 })
        const renamed = await api.post(`/admin/support/sla-policies/${urgent.id}`, { name: "Urgent!" }, admin)
        expect(renamed.data.sla_policy).toMatchObject({ name: "Urgent!", first_response_minutes: 60 })
        expect((await api.get("/admin/support/sla-policies", admin)).data.sla_policies.map((p: any) => p.name)).toEqual(["Urgent!", "Everyone"])
      })
    })

    describe("ticket clocks", () => {
      let ticketId: string
      let createdAt: number

      it("due times from the policy, priority change, shopper never sees them, pending pause, restart, breach once, inbox", async () => {
        await createPolicies()
        const res = await api.post("/store/support/tickets", { subject: "Broken kettle", body: "It leaks." }, shopper)
        ticketId = res.data.ticket.id
        const t = await adminTicket(ticketId)
        createdAt = new Date(t.created_at).getTime()
        expect(t.sla_policy_id).toBe(everyone.id)
        expect(t.sla_breached).toBe(false)
        near(t.first_response_due_at, createdAt + 240 * MIN)
        near(t.resolution_due_at, createdAt + 1440 * MIN)

        await api.post(`/admin/support/tickets/${ticketId}`, { priority: "urgent" }, admin)
        const u = await adminTicket(ticketId)
        expect(u.sla_policy_id).toBe(urgent.id)
        near(u.first_response_due_at, createdAt + 60 * MIN)
        near(u.resolution_due_at, createdAt + 240 * MIN)

        // never shows the SLA fields to the shopper
        const { data } = await api.get(`/store/support/tickets/${ticketId}?fields=*,sla_breached,first_response_due_at`, shopper).catch((e: any) => e.response)
        const store = data.ticket ?? (await api.get(`/store/support/tickets/${ticketId}`, shopper)).data.ticket
        for (const key of ["first_response_due_at", "resolution_due_at", "sla_breached", "sla_policy_id", "sla_paused_at", "sla_paused_minutes"]) {
          expect(store).not.toHaveProperty(key)
        }

        // stops the response clock on the agent's reply, pauses resolution while pending, restarts on the shopper's reply
        await api.post(`/admin/support/tickets/${ticketId}/messages`, { body: "Sorry! Which model?", status: "pending" }, admin)
        const p = await adminTicket(ticketId)
        expect(p.status).toBe("pending")
        expect(p.first_response_due_at).toBeNull()
        expect(p.resolution_due_at).toBeNull()
        expect(p.sla_paused_at).not.toBeNull()

        // Thirty minutes spent waiting on the shopper.
        await knex().raw(`UPDATE support_ticket SET sla_paused_at = sla_paused_at - interval '30 minutes' WHERE id = ?`, [ticketId])
        const before = Date.now()
        await api.post(`/store/support/tickets/${ticketId}/messages`, { body: "The KT-200." }, shopper)
        const o = await adminTicket(ticketId)
        expect(o.status).toBe("open")
        near(o.first_response_due_at, before + 60 * MIN)
        near(o.resolution_due_at, createdAt + (240 + 30) * MIN)
        expect(o.sla_paused_at).toBeNull()

        // records a breach exactly once, even with concurrent runs, as an internal line and a flag
        await knex().raw(`UPDATE support_ticket SET first_response_due_at = now() - interval '1 minute' WHERE id = ?`, [ticketId])
        const container = getContainer()
        const runs = await Promise.all([
          recordSlaBreachesWorkflow(container).run({ input: { limit: 100 } }),
          recordSlaBreachesWorkflow(container).run({ input: { limit: 100 } }),
          recordSlaBreachesWorkflow(container).run({ input: { limit: 100 } }),
          runSlaBreachTick(container, { lock: false }),
          recordSlaBreachesJob(container),
          recordSlaBreachesJob(container),
        ])
        const recorded = runs
          .slice(0, 3)
          .flatMap((r: any) => r.result)
          .filter((b: any) => b.id === ticketId)
        const tickRecorded = (runs[3] as any).recorded
        expect(recorded.length + tickRecorded).toBeLessThanOrEqual(1)
        const lines = (await helpdesk().listSupportMessages({ ticket_id: ticketId })).filter((m: any) => m.metadata?.event === "sla_breached")
        expect(lines).toHaveLength(1)
        expect(lines[0]).toMatchObject({ author_type: "system", internal: true })
        expect((lines[0].metadata as any).clocks).toEqual(["first_response"])

        // Another tick finds nothing more to record.
        expect(await runSlaBreachTick(container)).toMatchObject({ skipped: false, recorded: 0 })
        const breached = await adminTicket(ticketId)
        expect(breached.sla_breached).toBe(true)
        expect(breached.sla_breached_at).not.toBeNull()

        const storeAfter = (await api.get(`/store/support/tickets/${ticketId}`, shopper)).data.ticket
        expect(storeAfter).not.toHaveProperty("sla_breached")
        expect(storeAfter.messages.some((m: any) => /SLA/.test(m.body))).toBe(false)

        // lists breached tickets by due time from the inbox
        const inbox = (await api.get("/admin/support/tickets?sla_breached=true&order=first_response_due_at", admin)).data
        expect(inbox.tickets.map((t: any) => t.id)).toEqual([ticketId])
        expect(inbox.tickets[0]).toHaveProperty("first_response_due_at")
        const notBreached = (await api.get("/admin/support/tickets?sla_breached=false&order=resolution_due_at", admin)).data
        expect(notBreached.tickets.map((t: any) => t.id)).not.toContain(ticketId)
        expect((await errorOf(api.get("/admin/support/tickets?sla_breached=maybe", admin))).status).toBe(400)
        // The breached view's due-time order is served by its index (a plan without a Sort node).
        const indexed = await knex().transaction(async (trx: any) => {
          await trx.raw("SET LOCAL enable_seqscan = off")
          return trx.raw(
            `EXPLAIN SELECT t.id FROM support_ticket t WHERE t.deleted_at IS NULL AND t.sla_breached = true
             ORDER BY COALESCE(t.first_response_due_at, 'infinity'::timestamptz) ASC NULLS FIRST, t.created_at DESC, t.id DESC LIMIT 20`
          )
        })
        expect(JSON.stringify(indexed.rows)).not.toContain("Sort")
        expect(JSON.stringify(indexed.rows)).toContain("IDX_support_ticket_breached_first_response_due_order")
      })
    })

    describe("auto-acknowledgement", () => {
      it("answers a new ticket once, honestly, and not again within the hour for the same requester", async () => {
        await createPolicies()
        const guest = guestHeaders(pk)
        const first = (await api.post("/store/support/tickets", { subject: "Size?", body: "Does it run small?", email: "ana@guest.test", name: "Ana" }, guest)).data
        const acks = await waitFor(async () => {
          const a = await ackOf(first.ticket.id)
          return a.length ? a : null
        })
        expect(acks).toHaveLength(1)
        expect(acks![0]).toMatchObject({ author_type: "agent", internal: false })
        // No business hours on "Everyone": around the clock, 4 hours.
        expect(acks![0].body).toContain("We answer within 4 hours")
        expect(acks![0].body).toContain(`#${first.ticket.display_id}`)
        // The automation's message does not count as the first response.
        const t = await adminTicket(first.ticket.id)
        expect(t.first_response_at).toBeNull()
        expect(t.first_response_due_at).not.toBeNull()
        // The shopper sees it in the thread.
        const store = (await api.get(`/store/support/tickets/${first.ticket.id}`, guestHeaders(pk, first.access_token))).data.ticket
        expect(store.messages.map((m: any) => m.body)).toContain(acks![0].body)

        const second = (await api.post("/store/support/tickets", { subject: "Colour?", body: "And the colour?", email: "ANA@guest.test", name: "Ana" }, guest)).data
        await new Promise((r) => setTimeout(r, 1500))
        expect(await ackOf(second.ticket.id)).toHaveLength(0)
        const again = await autoAcknowledgeTicketWorkflow(getContainer()).run({ input: { ticket_id: second.ticket.id } })
        expect(again.result).toMatchObject({ sent: false, reason: "recently_acknowledged" })
      })

      it("sends one of many concurrent acknowledgements for one requester", async () => {
        const container = getContainer()
        const ids: string[] = []
        for (let i = 0; i < 5; i++) {
          const [t] = await (helpdesk() as any).createSupportTickets([{ subject: `Q${i}`, email: "race@guest.test", name: "Race", channel: "web" }] as any)
          await helpdesk().createSupportMessages([{ ticket_id: t.id, author_type: "customer", body: "hi" }] as any)
          ids.push(t.id)
        }
        const runs = await Promise.all(ids.map((id) => autoAcknowledgeTicketWorkflow(container).run({ input: { ticket_id: id } })))
        expect(runs.filter((r) => r.result.sent)).toHaveLength(1)
        const posted = (await Promise.all(ids.map(ackOf))).flat()
        expect(posted).toHaveLength(1)
      })

      it("never acknowledges auto-submitted mail, and can be switched off and reworded in the settings", async () => {
        await createPolicies()
        const container = getContainer()
        const [auto] = await (helpdesk() as any).createSupportTickets([{ subject: "Out of office", email: "robot@guest.test", channel: "email" }] as any)
        await helpdesk().createSupportMessages([{ ticket_id: auto.id, author_type: "customer", body: "I am away", metadata: { email: { auto: true } } }] as any)
        const run = await autoAcknowledgeTicketWorkflow(container).run({ input: { ticket_id: auto.id } })
        expect(run.result).toMatchObject({ sent: false, reason: "auto_submitted" })

        expect((await api.get("/admin/support/settings", admin)).data.settings.auto_acknowledge.enabled).toBe(true)
        expect((await errorOf(api.post("/admin/support/settings", { auto_acknowledge: { texts: { en: { in_hours: "{{secret}}" } } } }, admin))).status).toBe(400)
        expect((await errorOf(api.post("/admin/support/settings", { auto_acknowledge: { enabled: "yes" } }, admin))).status).toBe(400)
        const saved = await api.post("/admin/support/settings", { auto_acknowledge: { texts: { ko: { in_hours: "접수: #{{ticket_number}}, {{expected_at}}" } } } }, admin)
        expect(saved.data.settings.auto_acknowledge.texts.ko.in_hours).toBe("접수: #{{ticket_number}}, {{expected_at}}")
        expect(saved.data.settings.auto_acknowledge.texts.en.in_hours).toContain("{{target}}")

        const kr = await createCustomer(container, pk, { email: "jiwoo@shop.test", first_name: "지우" })
        const ko = (await api.post("/store/support/tickets?locale=ko", { subject: "배송", body: "언제 오나요?" }, kr)).data
        const acks = await waitFor(async () => {
          const a = await ackOf(ko.ticket.id)
          return a.length ? a : null
        })
        expect(acks![0].body).toMatch(new RegExp(`^접수: #${ko.ticket.display_id}, (오늘|.+요일) \\d\\d:\\d\\d까지$`))

        await api.post("/admin/support/settings", { auto_acknowledge: { enabled: false } }, admin)
        const other = await createCustomer(container, pk, { email: "off@shop.test" })
        const off = (await api.post("/store/support/tickets", { subject: "Hi", body: "Hello" }, other)).data
        const r = await autoAcknowledgeTicketWorkflow(container).run({ input: { ticket_id: off.ticket.id } })
        expect(r.result).toMatchObject({ sent: false, reason: "disabled" })
        await new Promise((r) => setTimeout(r, 800))
        expect(await ackOf(off.ticket.id)).toHaveLength(0)
      })
    })
  },
})
