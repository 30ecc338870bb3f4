import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdmin, createPublishableKey, guestHeaders } from "../helpers/actors"
import { errorOf } from "../helpers/orders"
import { eventually, sleep } from "../helpers/wait"

jest.setTimeout(240_000)

// Enough shopper tickets from one address for the histories below.
process.env.HELPDESK_TEST_OPTIONS = JSON.stringify({
  rateLimits: { createTicket: { max: 100, windowSeconds: 600 }, guestTicketsPerEmail: { max: 100, windowSeconds: 600 } },
})

type Headers = { headers: Record<string, string> }
type Row = {
  id: string
  title: string
  uses: number
  automatic_uses: number
  solved_without_reply: number
  reopened: number
  closed: number
  close_rate: number | null
  reopen_rate: number | null
  satisfaction: { answers: number; positive: number; positive_rate: number | null; scored: number; average: number | null }
  automatic: boolean
  rule_ids: string[]
  status: string
  below_threshold: boolean
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let pk: string
    let agent: Awaited<ReturnType<typeof createAdmin>>
    let n = 0

    beforeAll(async () => {
      // A failed request fails the test with its method, path, status and body (an axios error
      // does not survive the trip from jest's worker).
      api.interceptors.response.use(undefined, (e: any) =>
        Promise.reject(
          Object.assign(new Error(`${e.config?.method} ${e.config?.url} -> ${e.response?.status} ${JSON.stringify(e.response?.data)}`), {
            response: e.response ? { status: e.response.status, data: e.response.data } : undefined,
          })
        )
      )
      pk = await createPublishableKey(getContainer())
      agent = await createAdmin(getContainer(), { first_name: "Mina" })
    })

    const cannedReply = async (title: string, body: string) =>
      (await api.post("/admin/support/canned-replies", { title, body }, agent)).data.canned_reply.id as string
    const openGuest = async (subject = "Where is my order?") => {
      const res = await api.post(
        "/store/support/tickets",
        { subject, body: "It has not arrived.", email: `shopper${++n}@effect.test`, name: "Ana" },
        guestHeaders(pk)
      )
      return { id: res.data.ticket.id as string, shopper: guestHeaders(pk, res.data.access_token) as Headers }
    }
    const reply = (id: string, canned_reply_id: string | null, extra: Record<string, unknown> = {}) =>
      api.post(`/admin/support/tickets/${id}/messages`, { body: "Here is what to do.", ...(canned_reply_id ? { canned_reply_id } : {}), ...extra }, agent)
    const shopperReply = (id: string, shopper: Headers) => api.post(`/store/support/tickets/${id}/messages`, { body: "That did not help." }, shopper)
    const setStatus = (id: string, status: string) => api.post(`/admin/support/tickets/${id}`, { status }, agent)
    const rate = (id: string, shopper: Headers, score: number) => api.post(`/store/support/tickets/${id}/rating`, { score }, shopper)
    const effectiveness = async (query = "") => (await api.get(`/admin/support/canned-effectiveness${query}`, agent)).data
    const rowOf = async (id: string, query = "") => {
      const data = await effectiveness(query)
      return data.canned_replies.find((r: Row) => r.id === id) as Row
    }

    /**
     * The same histories for each test (the runner empties the database between tests). Hand
     * counts are written next to each ticket.
     */
    const buildHistories = async () => {
      const tracking = await cannedReply("Tracking", "Your parcel is on its way.")
      const refund = await cannedReply("Refund", "We have refunded your order.")
      const unused = await cannedReply("Unused", "Never sent.")

      // Tracking, five uses:
      // t1: used, then solved; rated 5                          -> solved without reply
      const t1 = await openGuest()
      await reply(t1.id, tracking)
      // An internal note carrying the reply's id is not a use.
      await reply(t1.id, tracking, { internal: true })
      await setStatus(t1.id, "solved")
      await rate(t1.id, t1.shopper, 5)
      // t2: used with "reply and solve", then the shopper writes -> solved without reply, reopened
      const t2 = await openGuest()
      await reply(t2.id, tracking, { status: "solved" })
      await shopperReply(t2.id, t2.shopper)
      // t3: used, the shopper answers, then solved               -> not solved without reply
      const t3 = await openGuest()
      await reply(t3.id, tracking)
      await shopperReply(t3.id, t3.shopper)
      await setStatus(t3.id, "solved")
      // t4: used, never solved                                   -> nothing
      const t4 = await openGuest()
      await reply(t4.id, tracking)
      // t5: used, a plain agent reply, solved; rated 2           -> solved without reply
      const t5 = await openGuest()
      await reply(t5.id, tracking)
      await reply(t5.id, null)
      await setStatus(t5.id, "solved")
      await rate(t5.id, t5.shopper, 2)

      // Refund, three uses:
      // t6: used, the shopper answers, used again, solved; rated 4 -> first not, second solved without reply
      const t6 = await openGuest()
      await reply(t6.id, refund)
      await shopperReply(t6.id, t6.shopper)
      await reply(t6.id, refund)
      await setStatus(t6.id, "solved")
      await rate(t6.id, t6.shopper, 4)
      // t7: used, solved, the agent reopens it, solved again     -> solved without reply, reopened
      const t7 = await openGuest()
      await reply(t7.id, refund)
      await setStatus(t7.id, "solved")
      await setStatus(t7.id, "open")
      await setStatus(t7.id, "solved")

      await sleep(20)
      const mid = new Date().toISOString()
      await sleep(20)
      // Unused is used once, after `mid`.
      const t8 = await openGuest()
      await reply(t8.id, unused)

      return { tracking, refund, unused, mid }
    }

    it("computes uses, solves without a shopper message, reopens, close rate and satisfaction from real ticket histories", async () => {
      const { tracking, refund, unused, mid } = await buildHistories()

      const data = await effectiveness()
      expect(data).toMatchObject({ thresholds: { close_rate: 0.8, min_uses: 20 }, count: 3, limit: 20, offset: 0 })
      // Most used first (the default order).
      expect(data.canned_replies.map((r: Row) => r.id)).toEqual([tracking, refund, unused])

      // Hand counts: tracking 5 uses; solved without reply t1, t2, t5 = 3; reopened t2 = 1;
      // closed 3 - 1 = 2, close rate 2/5; reopen rate 1/3; answers t1 (5) and t5 (2): average 3.5.
      expect(data.canned_replies[0]).toEqual({
        id: tracking,
        title: "Tracking",
        uses: 5,
        automatic_uses: 0,
        solved_without_reply: 3,
        reopened: 1,
        closed: 2,
        close_rate: 0.4,
        reopen_rate: 0.3333,
        satisfaction: { answers: 2, positive: 1, positive_rate: 0.5, scored: 2, average: 3.5 },
        automatic: false,
        rule_ids: [],
        status: "measuring",
        below_threshold: false,
      })
      // Refund 3 uses; solved without reply t6 (second use) and t7 = 2; reopened t7 = 1; closed 1:
      // close rate 1/3, reopen rate 1/2; t6 answered once (4) although the reply was used twice there.
      expect(data.canned_replies[1]).toMatchObject({
        uses: 3,
        solved_without_reply: 2,
        reopened: 1,
        closed: 1,
        close_rate: 0.3333,
        reopen_rate: 0.5,
        satisfaction: { answers: 1, positive: 1, scored: 1, average: 4 },
      })
      expect(data.canned_replies[2]).toMatchObject({ uses: 1, solved_without_reply: 0, close_rate: 0, reopen_rate: null, satisfaction: { answers: 0, average: null } })

      // The period: up to `mid` the last reply was not used yet; from a later time nothing was.
      expect(await rowOf(unused, `?to=${encodeURIComponent(mid)}`)).toMatchObject({ uses: 0, close_rate: null })
      expect(await rowOf(tracking, `?from=${encodeURIComponent(mid)}`)).toMatchObject({ uses: 0 })
      expect(await rowOf(tracking, `?to=${encodeURIComponent(mid)}`)).toMatchObject({ uses: 5, closed: 2 })

      // Ordering and paging.
      const byRate = await effectiveness("?order=-close_rate&limit=2")
      expect(byRate.canned_replies.map((r: Row) => r.id)).toEqual([tracking, refund])
      expect(byRate).toMatchObject({ count: 3, limit: 2 })
      expect((await effectiveness("?order=title&offset=2")).canned_replies.map((r: Row) => r.id)).toEqual([unused])

      for (const q of ["?order=id", "?from=2026-02-01&to=2026-01-01", "?to=yesterday", "?colour=red", "?limit=500"]) {
        expect((await errorOf(api.get(`/admin/support/canned-effectiveness${q}`, agent))).status).toBe(400)
      }
    })

    it("marks a reply ready to automate by the configurable thresholds, automates it as a rule that answers new matching tickets, and flags it when it falls below", async () => {
      const { tracking, refund } = await buildHistories()
      // 40 % over 5 uses: tracking (2 of 5) reaches it, refund (3 uses) has too few.
      const saved = await api.post("/admin/support/settings", { canned_effectiveness: { close_rate: 0.4, min_uses: 5 } }, agent)
      expect(saved.data.settings.canned_effectiveness).toEqual({ close_rate: 0.4, min_uses: 5 })
      let data = await effectiveness()
      expect(data.thresholds).toEqual({ close_rate: 0.4, min_uses: 5 })
      expect(data.canned_replies.find((r: Row) => r.id === tracking)).toMatchObject({ status: "ready_to_automate", below_threshold: false })
      expect(data.canned_replies.find((r: Row) => r.id === refund)).toMatchObject({ status: "measuring", below_threshold: false })

      // With 3 uses enough, refund is measured and falls below the threshold; still not automatic.
      await api.post("/admin/support/settings", { canned_effectiveness: { min_uses: 3 } }, agent)
      data = await effectiveness()
      expect(data.thresholds).toEqual({ close_rate: 0.4, min_uses: 3 })
      expect(data.canned_replies.find((r: Row) => r.id === refund)).toMatchObject({ status: "measuring", below_threshold: true })

      for (const bad of [{ close_rate: 1.5 }, { min_uses: 0 }, { min_uses: 2.5 }, { colour: "red" }]) {
        expect((await errorOf(api.post("/admin/support/settings", { canned_effectiveness: bad }, agent))).status).toBe(400)
      }
      expect((await effectiveness()).thresholds).toEqual({ close_rate: 0.4, min_uses: 3 })
      await api.post("/admin/support/settings", { canned_effectiveness: { min_uses: 5 } }, agent)

      const rulesBefore = (await api.get("/admin/support/rules", agent)).data.count
      // Bad conditions (the rule schema's own checks), bad triggers and unknown replies change nothing.
      const bad = [
        { conditions: [{ field: "shoe_size", op: "is", value: "42" }] },
        { conditions: [{ field: "subject", op: "regex", value: ".*" }] },
        { trigger: "ticket.idle" },
        { match: "some" },
        { actions: [{ type: "add_tag", value: "x" }] },
      ]
      for (const body of bad) {
        expect((await errorOf(api.post(`/admin/support/canned-effectiveness/${tracking}/automate`, body, agent))).status).toBe(400)
      }
      expect((await errorOf(api.post(`/admin/support/canned-effectiveness/supcr_missing/automate`, {}, agent))).status).toBe(404)
      expect((await api.get("/admin/support/rules", agent)).data.count).toBe(rulesBefore)

      const { rule } = (
        await api.post(
          `/admin/support/canned-effectiveness/${tracking}/automate`,
          { conditions: [{ field: "subject", op: "contains", value: "parcel" }] },
          agent
        )
      ).data
      expect(rule).toMatchObject({
        name: "Automatic reply: Tracking",
        trigger: "ticket.created",
        enabled: true,
        conditions: { all: [{ field: "subject", op: "contains", value: "parcel" }] },
        actions: [{ type: "send_canned_reply", value: tracking }],
      })
      expect((await api.get(`/admin/support/rules/${rule.id}`, agent)).data.rule.id).toBe(rule.id)

      // Automatic now, and at 2 of 5 still at the threshold.
      expect(await rowOf(tracking)).toMatchObject({ automatic: true, rule_ids: [rule.id], status: "automatic", below_threshold: false, uses: 5 })

      // A new matching ticket gets the reply from the rule; one that does not match gets nothing.
      const matching = await openGuest("Where is my parcel?")
      const other = await openGuest("Change my address")
      const sent = await eventually(async () => {
        const t = (await api.get(`/admin/support/tickets/${matching.id}`, agent)).data.ticket
        return t.messages.find((m: { canned_reply_id: string | null }) => m.canned_reply_id === tracking)
      })
      expect(sent).toMatchObject({ author_type: "system", internal: false, author_name: "Automation" })
      expect(sent.body).toContain("Your parcel is on its way")
      await sleep(500)
      const otherThread = (await api.get(`/admin/support/tickets/${other.id}`, agent)).data.ticket.messages
      expect(otherThread.some((m: { canned_reply_id: string | null }) => m.canned_reply_id)).toBe(false)

      // The shopper writes back: the automatic use did not solve it. 2 closed of 6 uses is under 40 %.
      await shopperReply(matching.id, matching.shopper)
      expect(await rowOf(tracking)).toMatchObject({
        uses: 6,
        automatic_uses: 1,
        closed: 2,
        close_rate: 0.3333,
        automatic: true,
        status: "needs_review",
        below_threshold: true,
      })

      // Switching the rule off makes the reply a measured one again.
      await api.post(`/admin/support/rules/${rule.id}`, { enabled: false }, agent)
      expect(await rowOf(tracking)).toMatchObject({ automatic: false, rule_ids: [], status: "measuring", below_threshold: true })
    })
  },
})
