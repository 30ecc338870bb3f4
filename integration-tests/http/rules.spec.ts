import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createAdmin, createPublishableKey, guestHeaders } from "../helpers/actors"
import { errorOf } from "../helpers/orders"
import { eventually, sleep } from "../helpers/wait"
import { runIdleRules } from "../../src/workflows/rules"

jest.setTimeout(240_000)



medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let pk: string
    let admin: Awaited<ReturnType<typeof createAdmin>>
    const created: string[] = []

    beforeAll(async () => {
      const container = getContainer()
      pk = await createPublishableKey(container)
      admin = await createAdmin(container, { first_name: "Nikos" })
    })

    // Each test starts with no rules: a rule of another test must not act on this one's tickets.
    afterEach(async () => {
      for (const id of created.splice(0)) await api.delete(`/admin/support/rules/${id}`, admin).catch(() => undefined)
    })

    const createRule = async (body: Record<string, unknown>) => {
      const res = await api.post("/admin/support/rules", body, admin)
      created.push(res.data.rule.id)
      return res.data.rule
    }
    const ticket = async (id: string) => (await api.get(`/admin/support/tickets/${id}`, admin)).data.ticket
    const runLines = (t: { messages: any[] }) => t.messages.filter((m: any) => m.metadata?.event === "rules_ran")
    const openAsAgent = async (subject: string, body = "Hello") =>
      (await api.post("/admin/support/tickets", { subject, body, email: `shopper-${Math.random().toString(36).slice(2)}@rules.test` }, admin)).data
        .ticket.id as string

    describe("CRUD", () => {
      it("creates, lists in position order, switches off, reorders and deletes rules", async () => {
        const a = await createRule({
          name: "Refunds",
          trigger: "ticket.created",
          conditions: { all: [{ field: "subject", op: "contains", value: "refund" }] },
          actions: [{ type: "add_tag", value: "refund" }],
        })
        expect(a).toMatchObject({ name: "Refunds", enabled: true, position: expect.any(Number), conditions: { all: [{ field: "subject" }] } })
        const b = await createRule({ name: "Second", trigger: "ticket.created", actions: [{ type: "set_priority", value: "high" }] })
        expect(b.position).toBeGreaterThan(a.position)

        let list = (await api.get("/admin/support/rules", admin)).data
        expect(list.rules.map((r: any) => r.id)).toEqual([a.id, b.id])

        const off = (await api.post(`/admin/support/rules/${a.id}`, { enabled: false }, admin)).data.rule
        expect(off.enabled).toBe(false)
        expect((await api.get("/admin/support/rules?enabled=true", admin)).data.rules.map((r: any) => r.id)).toEqual([b.id])

        list = (await api.post("/admin/support/rules/reorder", { ids: [b.id, a.id] }, admin)).data
        expect(list.rules.map((r: any) => r.id)).toEqual([b.id, a.id])
        expect((await errorOf(api.post("/admin/support/rules/reorder", { ids: ["suprule_nope"] }, admin))).status).toBe(404)

        expect((await api.delete(`/admin/support/rules/${a.id}`, admin)).data).toEqual({ id: a.id, object: "rule", deleted: true })
        expect((await errorOf(api.get(`/admin/support/rules/${a.id}`, admin))).status).toBe(404)
      })

      it("refuses unknown fields, operators, actions and dangling references with 400, storing nothing", async () => {
        const base = { name: "Bad", trigger: "ticket.created", actions: [{ type: "add_tag", value: "x" }] }
        const bad = [
          { ...base, conditions: { all: [{ field: "shoe_size", op: "is", value: "42" }] } },
          { ...base, conditions: { any: [{ field: "subject", op: "regex", value: ".*" }] } },
          { ...base, actions: [{ type: "delete_ticket", value: true }] },
          { ...base, actions: [{ type: "send_canned_reply", value: "supcr_missing" }] },
          { ...base, actions: [{ type: "assign", value: { agent_id: "user_missing" } }] },
          { ...base, actions: [{ type: "assign", value: { group_id: "supgrp_missing" } }] },
          { ...base, trigger: "ticket.idle" },
          { ...base, trigger: "ticket.exploded" },
          { ...base, colour: "red" },
        ]
        for (const body of bad) {
          const err = await errorOf(api.post("/admin/support/rules", body, admin))
          expect([body, err.status]).toEqual([body, 400])
        }
        expect((await api.get("/admin/support/rules", admin)).data.count).toBe(0)
        const ok = await createRule(base)
        const err = await errorOf(api.post(`/admin/support/rules/${ok.id}`, { actions: [{ type: "nope" }] }, admin))
        expect(err.status).toBe(400)
        expect((await errorOf(api.post(`/admin/support/rules/${ok.id}`, { idle_hours: 3 }, admin))).status).toBe(400)
        expect((await errorOf(api.post(`/admin/support/rules/suprule_missing`, { enabled: false }, admin))).status).toBe(404)
      })
    })

    describe("triggers and actions", () => {
      it("ticket.created: priority, category, tag, note and a rendered canned reply; the run is agent-only", async () => {
        const reply = (
          await api.post(
            "/admin/support/canned-replies",
            { title: "Refund ack", body: "Hi {{customer.first_name | \"there\"}}, ticket {{ticket.display_id}} is with billing." },
            admin
          )
        ).data.canned_reply
        await createRule({
          name: "Greek refunds",
          trigger: "ticket.created",
          conditions: { all: [{ field: "subject_or_body", op: "contains", value: "επιστροφη" }], any: [{ field: "channel", op: "is", value: ["web", "email"] }] },
          actions: [
            { type: "set_priority", value: "high" },
            { type: "set_category", value: "billing" },
            { type: "add_tag", value: "refund" },
            { type: "add_note", value: "NOTE-secret: check the warehouse" },
            { type: "send_canned_reply", value: reply.id },
          ],
        })
        const res = await api.post(
          "/store/support/tickets",
          { subject: "Θέλω ΕΠΙΣΤΡΟΦΉ", body: "Το βραστήρα", email: "eleni@rules.test", name: "Eleni" },
          guestHeaders(pk)
        )
        const id = res.data.ticket.id
        const t = await eventually(async () => {
          const t = await ticket(id)
          return t.messages.some((m: any) => m.metadata?.event === "rule_canned_reply") && t
        })
        expect(t).toMatchObject({ priority: "high", category: "billing", tags: ["refund"] })
        const [run] = runLines(t)
        expect(run).toMatchObject({ internal: true, author_type: "system", body: expect.stringContaining('Rule "Greek refunds" ran') })
        expect(t.messages.find((m: any) => m.body === "NOTE-secret: check the warehouse")).toMatchObject({ internal: true })
        const canned = t.messages.find((m: any) => m.metadata?.event === "rule_canned_reply")
        expect(canned).toMatchObject({ internal: false, body: `Hi Eleni, ticket ${t.display_id} is with billing.` })

        const shopper = (await api.get(`/store/support/tickets/${id}`, guestHeaders(pk, res.data.access_token))).data.ticket
        const seen = JSON.stringify(shopper)
        expect(seen).not.toContain("NOTE-secret")
        expect(seen).not.toContain("ran:")
        expect(seen).not.toContain("Greek refunds")
        expect(shopper.messages.map((m: any) => m.body)).toContain(`Hi Eleni, ticket ${t.display_id} is with billing.`)
      })

      it("conditions that do not match leave the ticket alone", async () => {
        await createRule({
          name: "Only email",
          trigger: "ticket.created",
          conditions: { all: [{ field: "channel", op: "is", value: "email" }] },
          actions: [{ type: "add_tag", value: "email" }],
        })
        await createRule({ name: "Marker", trigger: "ticket.created", position: 99, actions: [{ type: "add_tag", value: "marker" }] })
        const id = await openAsAgent("Anything")
        const t = await eventually(async () => {
          const t = await ticket(id)
          return t.tags.includes("marker") && t
        })
        expect(t.tags).toEqual(["marker"])
      })

      it("ticket.customer_replied: the shopper's reply, not the first message nor an agent's", async () => {
        await createRule({
          name: "Still waiting",
          trigger: "ticket.customer_replied",
          conditions: { all: [{ field: "body", op: "contains", value: "STILL" }] },
          actions: [{ type: "add_tag", value: "chaser" }, { type: "set_priority", value: "urgent" }],
        })
        const res = await api.post("/store/support/tickets", { subject: "Hi", body: "still nothing (first message)", email: "k@rules.test" }, guestHeaders(pk))
        const id = res.data.ticket.id
        const guest = guestHeaders(pk, res.data.access_token)
        await api.post(`/admin/support/tickets/${id}/messages`, { body: "We are still on it" }, admin)
        await sleep(1500)
        expect((await ticket(id)).tags).toEqual([])
        await api.post(`/store/support/tickets/${id}/messages`, { body: "I am still waiting" }, guest)
        const t = await eventually(async () => {
          const t = await ticket(id)
          return t.tags.includes("chaser") && runLines(t).length > 0 && t
        })
        expect(t.priority).toBe("urgent")
        expect(runLines(t)).toHaveLength(1)
      })

      it("ticket.status_changed with set_status and assign; loop guard stops two rules that undo each other", async () => {
        // "Pend open" comes first, so within one run it sees the status before "Reopen pending"
        // changes it and each rule fires in its own run of the chain (in the other order both
        // fire in one run, the second seeing the first's change, and the status never moves).
        const open = await createRule({
          name: "Pend open",
          trigger: "ticket.status_changed",
          conditions: { all: [{ field: "status", op: "is", value: "open" }] },
          actions: [{ type: "set_status", value: "pending" }],
        })
        const pend = await createRule({
          name: "Reopen pending",
          trigger: "ticket.status_changed",
          conditions: { all: [{ field: "status", op: "is", value: "pending" }] },
          actions: [{ type: "set_status", value: "open" }, { type: "assign", value: { agent_id: admin.user.id } }],
        })
        const id = await openAsAgent("Loop me")
        await api.post(`/admin/support/tickets/${id}`, { status: "pending" }, admin)
        const t = await eventually(async () => {
          const t = await ticket(id)
          return runLines(t).length >= 2 && t
        })
        await sleep(1500)
        const after = await ticket(id)
        const runs = runLines(after)
        // pending (agent) -> "Reopen pending" -> open -> "Pend open" -> pending; both are in the chain now, so it stops.
        expect(runs.map((m: any) => m.metadata.rules.map((r: any) => r.id))).toEqual([[pend.id], [open.id]])
        expect(runs.map((m: any) => m.metadata.depth)).toEqual([0, 1])
        expect(after.status).toBe("pending")
        expect(after.assignee_id).toBe(admin.user.id)
        expect(t.messages.filter((m: any) => m.metadata?.event === "status_changed").length).toBeGreaterThanOrEqual(3)
      })

      it("business_hours: inside a named schedule, outside a closed one, and the ticket's own (none: around the clock)", async () => {
        const post = async (body: Record<string, unknown>) => (await api.post("/admin/support/business-hours", body, admin)).data.business_hours
        const days = [0, 1, 2, 3, 4, 5, 6]
        const always = await post({ name: "Always", timezone: "Asia/Seoul", intervals: days.map((day) => ({ day, start: "00:00", end: "23:59" })) })
        // Open on weekdays, but today and tomorrow (in Seoul) are holidays: closed now.
        const seoulDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toLocaleDateString("en-CA", { timeZone: "Asia/Seoul" })
        const closed = await post({
          name: "Closed",
          timezone: "Asia/Seoul",
          intervals: days.map((day) => ({ day, start: "00:00", end: "23:59" })),
          holidays: [seoulDay(-1), seoulDay(0), seoulDay(1)],
        })
        const rule = (value: string, tag: string, business_hours_id?: string) =>
          createRule({
            name: tag,
            trigger: "ticket.created",
            conditions: { all: [{ field: "business_hours", op: "is", value, ...(business_hours_id ? { business_hours_id } : {}) }] },
            actions: [{ type: "add_tag", value: tag }],
          })
        await rule("inside", "open-now", always.id)
        await rule("inside", "closed-inside", closed.id)
        await rule("outside", "closed-now", closed.id)
        await rule("inside", "own-hours")
        await rule("inside", "unknown-hours", "supbh_missing")
        const id = await openAsAgent("When are you open?")
        const t = await eventually(async () => {
          const t = await ticket(id)
          return runLines(t).length > 0 && t
        })
        expect([...t.tags].sort()).toEqual(["closed-now", "open-now", "own-hours"])
      })

      it("ticket.idle: fires once per idle period, also when the job runs twice at once", async () => {
        const rule = await createRule({
          name: "Nudge",
          trigger: "ticket.idle",
          idle_hours: 2,
          idle_status: "open",
          actions: [{ type: "add_note", value: "Idle for two hours" }],
        })
        const id = await openAsAgent("Quiet one")
        const fresh = await openAsAgent("Fresh one")
        const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        await pg.raw(`UPDATE support_ticket SET updated_at = now() - interval '3 hours' WHERE id = ?`, [id])
        const [a, b] = await Promise.all([runIdleRules(getContainer()), runIdleRules(getContainer())])
        expect(a.claimed + b.claimed).toBe(1)
        expect((await runIdleRules(getContainer())).claimed).toBe(0)
        const t = await ticket(id)
        expect(runLines(t)).toHaveLength(1)
        expect(runLines(t)[0].metadata).toMatchObject({ trigger: "ticket.idle", rules: [{ id: rule.id }] })
        expect(runLines(await ticket(fresh))).toHaveLength(0)
        // A new idle period (the ticket changed, then sat again) fires again.
        await pg.raw(`UPDATE support_ticket SET updated_at = now() - interval '5 hours' WHERE id = ?`, [id])
        expect((await runIdleRules(getContainer())).claimed).toBe(1)
      })
    })

    describe("assignment and away", () => {
      it("away agents: rule and hand assignments go to the delegate, both see it as theirs", async () => {
        const container = getContainer()
        const away = await createAdmin(container, { first_name: "Away" })
        const delegate = await createAdmin(container, { first_name: "Delegate" })
        expect((await errorOf(api.post("/admin/support/me/away", { away: true, delegate_id: away.user.id }, away))).status).toBe(400)
        expect((await errorOf(api.post("/admin/support/me/away", { away: true, delegate_id: "user_nope" }, away))).status).toBe(400)
        expect((await errorOf(api.post("/admin/support/me/away", { away: "yes" }, away))).status).toBe(400)
        expect((await errorOf(api.post("/admin/support/me/away", { away: true, until: "2001-01-01" }, away))).status).toBe(400)
        const until = new Date(Date.now() + 86_400_000).toISOString()
        const set = await api.post("/admin/support/me/away", { away: true, until, delegate_id: delegate.user.id }, away)
        expect(set.data.away).toMatchObject({ user_id: away.user.id, away: true, delegate_id: delegate.user.id })
        expect((await api.get("/admin/support/me/away", away)).data.away.away).toBe(true)

        await createRule({ name: "To Away", trigger: "ticket.created", actions: [{ type: "assign", value: { agent_id: away.user.id } }] })
        const id = await openAsAgent("For the away agent")
        const t = await eventually(async () => {
          const t = await ticket(id)
          return t.assignee_id && t
        })
        expect(t).toMatchObject({ assignee_id: delegate.user.id, delegated_from_id: away.user.id })
        const mine = async (who: typeof away) => (await api.get("/admin/support/tickets?assignee_id=me&fields=id", who)).data.tickets.map((x: any) => x.id)
        expect(await mine(delegate)).toContain(id)
        expect(await mine(away)).toContain(id)

        const byHand = await openAsAgent("Assigned by hand")
        await api.post(`/admin/support/tickets/${byHand}`, { assignee_id: away.user.id }, admin)
        await eventually(async () => (await ticket(byHand)).assignee_id === delegate.user.id)
        expect((await ticket(byHand)).delegated_from_id).toBe(away.user.id)

        // Back: new tickets stay with them.
        await api.post("/admin/support/me/away", { away: false }, away)
        const later = await openAsAgent("After the return")
        const back = await eventually(async () => {
          const t = await ticket(later)
          return t.assignee_id && t
        })
        expect(back).toMatchObject({ assignee_id: away.user.id, delegated_from_id: null })
      })

      it("round robin: 100 concurrent new tickets over 4 available agents give 25 +/- 1 each, none to the away one", async () => {
        const container = getContainer()
        const agents = await Promise.all([1, 2, 3, 4, 5].map((i) => createAdmin(container, { first_name: `RR${i}` })))
        await api.post("/admin/support/me/away", { away: true }, agents[4])
        const group = (
          await api.post("/admin/support/assignment-groups", { name: "Front line", member_ids: agents.map((a) => a.user.id) }, admin)
        ).data.assignment_group
        expect(group).toMatchObject({ name: "Front line", strategy: "round_robin" })
        expect((await errorOf(api.post("/admin/support/assignment-groups", { name: "Front line", member_ids: [] }, admin))).status).toBe(400)
        expect((await errorOf(api.post("/admin/support/assignment-groups", { name: "X", member_ids: ["user_nope"] }, admin))).status).toBe(400)
        await createRule({ name: "Share", trigger: "ticket.created", actions: [{ type: "assign", value: { group_id: group.id } }] })

        const ids = await Promise.all(Array.from({ length: 100 }, (_, i) => openAsAgent(`RR ticket ${i}`)))
        const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const rows = await eventually(async () => {
          const rows = await pg("support_ticket").whereIn("id", ids).whereNotNull("assignee_id").select("assignee_id")
          return rows.length === 100 && rows
        }, 90_000)
        const counts: Record<string, number> = {}
        for (const r of rows) counts[r.assignee_id] = (counts[r.assignee_id] ?? 0) + 1
        expect(counts[agents[4].user.id]).toBeUndefined()
        for (const a of agents.slice(0, 4)) {
          expect(Math.abs((counts[a.user.id] ?? 0) - 25)).toBeLessThanOrEqual(1)
        }
        // Each ticket's run line is on its own ticket: one per ticket.
        const lines = await pg("support_message").whereIn("ticket_id", ids).whereRaw("metadata->>'event' = 'rules_ran'").count("* as n")
        expect(Number(lines[0].n)).toBe(100)
      })

      it("fewest open: concurrent tickets even out the open counts", async () => {
        const container = getContainer()
        const agents = await Promise.all([1, 2].map((i) => createAdmin(container, { first_name: `FO${i}` })))
        const group = (
          await api.post("/admin/support/assignment-groups", { name: "Fewest", strategy: "fewest_open", member_ids: agents.map((a) => a.user.id) }, admin)
        ).data.assignment_group
        // One agent starts with 4 open tickets.
        for (let i = 0; i < 4; i++) {
          const id = await openAsAgent(`pre ${i}`)
          await api.post(`/admin/support/tickets/${id}`, { assignee_id: agents[0].user.id }, admin)
        }
        await createRule({ name: "Fewest", trigger: "ticket.created", actions: [{ type: "assign", value: { group_id: group.id } }] })
        const ids = await Promise.all(Array.from({ length: 10 }, (_, i) => openAsAgent(`FO ticket ${i}`)))
        const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
        await eventually(async () => {
          const rows = await pg("support_ticket").whereIn("id", ids).whereNotNull("assignee_id").count("* as n")
          return Number(rows[0].n) === 10
        }, 60_000)
        const open = await pg("support_ticket")
          .whereIn("assignee_id", agents.map((a) => a.user.id))
          .whereIn("status", ["open", "pending"])
          .groupBy("assignee_id")
          .select("assignee_id")
          .count("* as n")
        const byAgent = Object.fromEntries(open.map((r: any) => [r.assignee_id, Number(r.n)]))
        expect(byAgent[agents[0].user.id]).toBe(7)
        expect(byAgent[agents[1].user.id]).toBe(7)
      })
    })
  },
})
