import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createAdmin, createCustomer, createPublishableKey, guestHeaders } from "../helpers/actors"
import { errorOf } from "../helpers/orders"
import { eventually, sleep } from "../helpers/wait"
import { buildInboxQuery } from "../../src/modules/helpdesk/domain/inbox-query"
import { runPriorityRefreshTick } from "../../src/workflows/priority"
import { runAutoCloseTick } from "../../src/workflows/auto-close"

jest.setTimeout(240_000)



medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let pk: string
    let admin: Awaited<ReturnType<typeof createAdmin>>

    beforeAll(async () => {
      pk = await createPublishableKey(getContainer())
      admin = await createAdmin(getContainer(), { first_name: "Mina" })
    })

    const pg = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const ticket = async (id: string) => (await api.get(`/admin/support/tickets/${id}`, admin)).data.ticket
    const open = async (email: string, subject = "Help") =>
      (await api.post("/admin/support/tickets", { subject, body: "Hello", email }, admin)).data.ticket.id as string
    const settings = async (body: Record<string, unknown>) => (await api.post("/admin/support/settings", body, admin)).data.settings
    const statusLines = (t: any) => t.messages.filter((m: any) => m.metadata?.event === "status_changed")

    describe("priority for rare writers", () => {
      let rare: string
      let dailyFirst: string
      let dailyLast: string

      beforeAll(async () => {
        // A daily writer: six tickets over the last six days; a rare writer: one ticket.
        dailyFirst = await open("daily@priority.test", "Day 1")
        for (let i = 2; i <= 5; i++) await open("daily@priority.test", `Day ${i}`)
        await pg().raw(
          `UPDATE support_ticket SET created_at = now() - (display_id % 5 + 1) * interval '1 day' WHERE email = 'daily@priority.test'`
        )
        dailyLast = await open("daily@priority.test", "Day 6")
        rare = await open("rare@priority.test", "Once a year")
      })

      it("ranks a rare writer above a daily writer at equal priority, says why, and keeps it from shoppers", async () => {
        const r = await ticket(rare)
        const d = await ticket(dailyLast)
        expect(r.priority).toBe("normal")
        expect(d.priority).toBe("normal")
        expect(r.priority_score).toBe(300)
        expect(d.priority_score).toBe(217)
        expect(r.priority_explanation).toMatchObject({
          score: 300,
          priority: { level: "normal", points: 200 },
          requester: { tickets: 1, days: 30, rare: true, points: 100 },
        })
        expect(r.priority_explanation.summary).toContain("rare writer: 1 ticket in 30 days (+100)")
        expect(d.priority_explanation.summary).toContain("frequent writer: 6 tickets in 30 days (+17)")
        // The daily writer's older tickets were rescored when the newer ones came in.
        expect((await ticket(dailyFirst)).priority_score).toBe(217)

        // A ticket outside the window does not count.
        await pg().raw(`UPDATE support_ticket SET created_at = now() - interval '40 days' WHERE id = ?`, [dailyFirst])
        await pg().raw(`UPDATE support_ticket SET priority_scored_at = NULL WHERE email = 'daily@priority.test'`)
        expect((await runPriorityRefreshTick(getContainer())).refreshed).toBeGreaterThanOrEqual(6)
        expect((await ticket(dailyLast)).priority_explanation.requester.tickets).toBe(5)
        expect((await ticket(dailyLast)).priority_score).toBe(220)

        const guest = await api.post("/store/support/tickets", { subject: "Mine", body: "Hi", email: "guest@priority.test" }, guestHeaders(pk))
        const seen = (await api.get(`/store/support/tickets/${guest.data.ticket.id}`, guestHeaders(pk, guest.data.access_token))).data.ticket
        expect(JSON.stringify(guest.data)).not.toContain("priority")
        expect(seen).not.toHaveProperty("priority_score")
        expect(JSON.stringify(seen)).not.toContain("writer")
      })

      it("order=-priority_score lists by score from its index; unknown sort keys are refused", async () => {
        const list = (await api.get("/admin/support/tickets?order=-priority_score&limit=100&fields=id,priority_score", admin)).data.tickets
        const scores = list.map((t: any) => t.priority_score)
        expect(scores).toEqual([...scores].sort((a, b) => b - a))
        expect(list.findIndex((t: any) => t.id === rare)).toBeLessThan(list.findIndex((t: any) => t.id === dailyLast))
        const asc = (await api.get("/admin/support/tickets?order=priority_score&limit=100&fields=id,priority_score", admin)).data.tickets
        expect(asc.map((t: any) => t.priority_score)).toEqual([...scores].sort((a, b) => a - b))
        expect((await errorOf(api.get("/admin/support/tickets?order=-priority_scores", admin))).status).toBe(400)

        // With the table this small Postgres would rather sort; forbidding sorts shows the index serves the order.
        const { sql, params } = buildInboxQuery({ status: ["open", "pending"] }, { order: { key: "priority_score", direction: "desc" }, limit: 20, offset: 0 })
        const plan = await pg().transaction(async (trx: any) => {
          await trx.raw("SET LOCAL enable_sort = off")
          await trx.raw("SET LOCAL enable_seqscan = off")
          return (await trx.raw(`EXPLAIN ${sql}`, params)).rows.map((r: any) => r["QUERY PLAN"]).join("\n")
        })
        expect(plan).toContain("IDX_support_ticket_priority_score_order")
        expect(plan).not.toMatch(/\bSort\b/)
      })

      it("the weight is a setting: 0 switches the rare-writer part off; bad values change nothing", async () => {
        expect((await api.get("/admin/support/settings", admin)).data.settings.priority).toEqual({ rare_writer_weight: 1, window_days: 30 })
        for (const bad of [{ rare_writer_weight: -1 }, { rare_writer_weight: "high" }, { window_days: 0 }, { window_days: 2.5 }, { bonus: 1 }]) {
          const err = await errorOf(api.post("/admin/support/settings", { priority: bad }, admin))
          expect([bad, err.status]).toEqual([bad, 400])
        }
        expect((await settings({ priority: { rare_writer_weight: 0 } })).priority).toEqual({ rare_writer_weight: 0, window_days: 30 })
        await runPriorityRefreshTick(getContainer())
        const r = await ticket(rare)
        expect(r.priority_score).toBe(200)
        expect((await ticket(dailyLast)).priority_score).toBe(200)
        expect(r.priority_explanation.summary).toContain("rare writer: 1 ticket in 30 days (not counted)")

        await settings({ priority: { rare_writer_weight: 2 } })
        await runPriorityRefreshTick(getContainer())
        expect((await ticket(rare)).priority_score).toBe(400)
        await settings({ priority: { rare_writer_weight: 1 } })
        await runPriorityRefreshTick(getContainer())
        expect((await ticket(rare)).priority_score).toBe(300)
      })

      it("writes rescore: priority change, shopper reply, status change; the job follows the SLA clock", async () => {
        const { customer, headers } = await createCustomer(getContainer(), pk)
        const id = (await api.post("/store/support/tickets", { subject: "Broken kettle", body: "It leaks" }, { headers })).data.ticket.id
        expect((await ticket(id)).priority_score).toBe(300)
        expect((await api.post(`/admin/support/tickets/${id}`, { priority: "urgent" }, admin)).status).toBe(200)
        expect((await ticket(id)).priority_score).toBe(500)

        await api.post(`/admin/support/tickets/${id}`, { status: "pending" }, admin)
        const before = (await ticket(id)).priority_scored_at
        await sleep(20)
        await api.post(`/store/support/tickets/${id}/messages`, { body: "Still leaking" }, { headers })
        const after = await ticket(id)
        expect(after.status).toBe("open")
        expect(new Date(after.priority_scored_at).getTime()).toBeGreaterThan(new Date(before).getTime())
        // The customer's second ticket: both now count two.
        await api.post("/store/support/tickets", { subject: "Also the toaster", body: "..." }, { headers })
        expect((await ticket(id)).priority_explanation.requester).toMatchObject({ tickets: 2, points: 50 })
        expect(customer.id).toBeTruthy()

        const policy = (await api.post("/admin/support/sla-policies", { name: "All", first_response_minutes: 120, resolution_minutes: 2880 }, admin)).data.sla_policy
        try {
          const slaTicket = await open("sla@priority.test", "With a clock")
          const s = await ticket(slaTicket)
          expect(s.first_response_due_at).toBeTruthy()
          expect(s.priority_explanation.sla).toMatchObject({ clock: "first_response", minutes_left: expect.any(Number) })
          expect(s.priority_explanation.sla.points).toBeGreaterThanOrEqual(137)
          expect(s.priority_explanation.sla.points).toBeLessThan(150)
          // Time passes: the clock is overdue, and the job's next run gives the SLA part in full.
          await pg().raw(`UPDATE support_ticket SET first_response_due_at = now() - interval '1 hour', priority_scored_at = now() - interval '10 minutes' WHERE id = ?`, [slaTicket])
          await runPriorityRefreshTick(getContainer())
          const late = await ticket(slaTicket)
          expect(late.priority_explanation.sla).toMatchObject({ clock: "first_response", points: 150 })
          expect(late.priority_score).toBe(200 + 150 + 100)
          expect(late.priority_explanation.summary).toContain("first response overdue by 1 h (+150)")
        } finally {
          await api.delete(`/admin/support/sla-policies/${policy.id}`, admin)
        }
      })
    })

    describe("auto-close", () => {
      it("settings: defaults, validation, update", async () => {
        expect((await api.get("/admin/support/settings", admin)).data.settings.auto_close).toEqual({
          enabled: true,
          solved_close_days: 4,
          pending_reminder_days: 3,
          pending_solve_days: 4,
        })
        for (const bad of [{ solved_close_days: 0 }, { pending_reminder_days: 1.5 }, { pending_solve_days: 400 }, { enabled: "yes" }, { days: 2 }]) {
          const err = await errorOf(api.post("/admin/support/settings", { auto_close: bad }, admin))
          expect([bad, err.status]).toEqual([bad, 400])
        }
        expect((await settings({ auto_close: { solved_close_days: 5 } })).auto_close).toMatchObject({ enabled: true, solved_close_days: 5 })
        await settings({ auto_close: { solved_close_days: 4 } })
      })

      it("closes solved tickets after N days, once even when two runs overlap, through the status machinery", async () => {
        const rule = (
          await api.post(
            "/admin/support/rules",
            {
              name: "Mark auto-closed",
              trigger: "ticket.status_changed",
              conditions: { all: [{ field: "status", op: "is", value: "closed" }] },
              actions: [{ type: "add_tag", value: "closed-event" }],
            },
            admin
          )
        ).data.rule
        try {
          const old = await open("close-old@autoclose.test")
          const fresh = await open("close-fresh@autoclose.test")
          for (const id of [old, fresh]) await api.post(`/admin/support/tickets/${id}`, { status: "solved" }, admin)
          await pg().raw(`UPDATE support_ticket SET solved_at = now() - interval '5 days' WHERE id = ?`, [old])

          const [a, b] = await Promise.all([runAutoCloseTick(getContainer()), runAutoCloseTick(getContainer())])
          expect(a.closed + b.closed).toBe(1)
          expect((await runAutoCloseTick(getContainer())).closed).toBe(0)

          const t = await ticket(old)
          expect(t.status).toBe("closed")
          expect(t.closed_at).toBeTruthy()
          const lines = statusLines(t).filter((m: any) => m.metadata.to === "closed")
          expect(lines).toHaveLength(1)
          expect(lines[0]).toMatchObject({ author_type: "system", author_name: "Auto-close", body: "Status changed from solved to closed" })
          // support_ticket.status_changed fired: the rule on it ran.
          await eventually(async () => (await ticket(old)).tags.includes("closed-event"))
          expect((await ticket(fresh)).status).toBe("solved")
        } finally {
          await api.delete(`/admin/support/rules/${rule.id}`, admin)
        }
      })

      it("pending: one reminder in the shopper's language, then solved N days later; overlapping runs act once", async () => {
        const res = await api.post(
          "/store/support/tickets",
          { subject: "주문 문의", body: "배송이 안 왔어요", email: "minji@autoclose.test", name: "민지" },
          { headers: { ...guestHeaders(pk).headers, "x-medusa-locale": "ko" } }
        )
        const id = res.data.ticket.id
        const guest = guestHeaders(pk, res.data.access_token)
        await api.post(`/admin/support/tickets/${id}/messages`, { body: "Could you send a photo?", status: "pending" }, admin)
        expect((await ticket(id)).status).toBe("pending")

        // Two days quiet: too early.
        await pg().raw(`UPDATE support_ticket SET public_updated_at = now() - interval '2 days' WHERE id = ?`, [id])
        expect((await runAutoCloseTick(getContainer())).reminded).toBe(0)

        await pg().raw(`UPDATE support_ticket SET public_updated_at = now() - interval '4 days' WHERE id = ?`, [id])
        const [a, b] = await Promise.all([runAutoCloseTick(getContainer()), runAutoCloseTick(getContainer())])
        expect(a.reminded + b.reminded).toBe(1)
        expect((await runAutoCloseTick(getContainer())).reminded).toBe(0)

        let t = await ticket(id)
        expect(t.status).toBe("pending")
        const reminders = t.messages.filter((m: any) => m.metadata?.automation === "auto_close_reminder")
        expect(reminders).toHaveLength(1)
        expect(reminders[0]).toMatchObject({ internal: false, author_type: "agent", author_id: null })
        expect(reminders[0].body).toContain(`민지님, 요청 #${t.display_id}에 대한 답변을 아직 기다리고 있습니다`)
        const line = t.messages.filter((m: any) => m.metadata?.event === "auto_close_reminded")
        expect(line).toHaveLength(1)
        expect(line[0]).toMatchObject({ internal: true, author_type: "system", author_name: "Auto-close" })

        const shopper = (await api.get(`/store/support/tickets/${id}`, guest)).data.ticket
        expect(shopper.messages.map((m: any) => m.body)).toContain(reminders[0].body)
        expect(JSON.stringify(shopper)).not.toContain("Reminder sent")

        // Not yet solved the day after the reminder.
        await pg().raw(
          `UPDATE support_ticket SET pending_reminder_at = pending_reminder_at - interval '1 day', public_updated_at = public_updated_at - interval '1 day' WHERE id = ?`,
          [id]
        )
        expect((await runAutoCloseTick(getContainer())).solved).toBe(0)
        // Five days after it, with no answer: solved once.
        await pg().raw(
          `UPDATE support_ticket SET pending_reminder_at = pending_reminder_at - interval '4 days', public_updated_at = public_updated_at - interval '4 days' WHERE id = ?`,
          [id]
        )
        const [c, d] = await Promise.all([runAutoCloseTick(getContainer()), runAutoCloseTick(getContainer())])
        expect(c.solved + d.solved).toBe(1)
        t = await ticket(id)
        expect(t.status).toBe("solved")
        const solvedLines = statusLines(t).filter((m: any) => m.metadata.to === "solved")
        expect(solvedLines).toHaveLength(1)
        expect(solvedLines[0]).toMatchObject({ author_name: "Auto-close", body: "Status changed from pending to solved" })
        expect(t.messages.filter((m: any) => m.metadata?.automation === "auto_close_reminder")).toHaveLength(1)
      })

      it("a shopper's answer after the reminder ends the wait: not solved, and the next wait gets its own reminder", async () => {
        const res = await api.post("/store/support/tickets", { subject: "Wait", body: "Hi", email: "answers@autoclose.test" }, guestHeaders(pk))
        const id = res.data.ticket.id
        const guest = guestHeaders(pk, res.data.access_token)
        await api.post(`/admin/support/tickets/${id}`, { status: "pending" }, admin)
        await pg().raw(`UPDATE support_ticket SET public_updated_at = now() - interval '4 days' WHERE id = ?`, [id])
        expect((await runAutoCloseTick(getContainer())).reminded).toBe(1)

        await api.post(`/store/support/tickets/${id}/messages`, { body: "Here is the photo" }, guest)
        expect((await ticket(id)).status).toBe("open")
        await pg().raw(`UPDATE support_ticket SET pending_reminder_at = now() - interval '9 days', public_updated_at = now() - interval '8 days' WHERE id = ?`, [id])
        const run = await runAutoCloseTick(getContainer())
        expect(run.solved).toBe(0)
        expect((await ticket(id)).status).toBe("open")

        await api.post(`/admin/support/tickets/${id}`, { status: "pending" }, admin)
        await pg().raw(`UPDATE support_ticket SET public_updated_at = now() - interval '4 days' WHERE id = ?`, [id])
        expect((await runAutoCloseTick(getContainer())).reminded).toBe(1)
        const t = await ticket(id)
        expect(t.messages.filter((m: any) => m.metadata?.automation === "auto_close_reminder")).toHaveLength(2)
        expect(t.messages.find((m: any) => m.metadata?.automation === "auto_close_reminder").body).toMatch(/^Hello, we are still waiting/)
      })

      it("switched off, nothing moves", async () => {
        await settings({ auto_close: { enabled: false } })
        try {
          const id = await open("off@autoclose.test")
          await api.post(`/admin/support/tickets/${id}`, { status: "solved" }, admin)
          await pg().raw(`UPDATE support_ticket SET solved_at = now() - interval '30 days' WHERE id = ?`, [id])
          expect(await runAutoCloseTick(getContainer())).toEqual({ enabled: false, closed: 0, reminded: 0, solved: 0 })
          expect((await ticket(id)).status).toBe("solved")
        } finally {
          await settings({ auto_close: { enabled: true } })
        }
      })
    })
  },
})
