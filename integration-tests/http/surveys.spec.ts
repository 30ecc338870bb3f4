import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DEFAULT_SURVEY_QUESTIONS } from "../../src/modules/helpdesk/domain/surveys/settings"
import { signSurveyToken } from "../../src/modules/helpdesk/domain/surveys/token"
import { deleteTicketsWorkflow } from "../../src/workflows"
import { emailSigningSecret } from "../../src/workflows/email/signing-secret"
import { createAdmin, createPublishableKey, guestHeaders } from "../helpers/actors"
import { MailCatcher, startMailCatcher } from "../helpers/mail-catcher"
import { eventually } from "../helpers/wait"

jest.setTimeout(240_000)

// Mail on (the solved mail carries the survey link): the SMTP catcher starts before the app boots.
let catcher: MailCatcher
beforeAll(async () => {
  catcher = await startMailCatcher()
  process.env.SMTP_URL = catcher.url
  process.env.HELPDESK_EMAIL_FROM = "support@survey.test"
})
afterAll(() => catcher?.close())

const SURVEY_URL = "https://shop.test/help/surveys/{token}"
const ANSWER_LIMIT = 60
process.env.HELPDESK_TEST_OPTIONS = JSON.stringify({
  // Off under NODE_ENV=test in medusa-config.ts (other specs count thread messages): on here.
  survey: { enabled: true },
  rateLimits: { surveyAnswer: { max: ANSWER_LIMIT, windowSeconds: 600 } },
  email: { storefrontSurveyUrl: SURVEY_URL },
})

type Headers = { headers: Record<string, string> }
type StoreMessage = { id: string; author_type: string; body: string; survey?: { token: string; url: string; scale: string; expires_at: string } }

const statusOf = (p: Promise<unknown>) =>
  p.then(
    () => 200,
    (e: { response?: { status: number } }) => e.response?.status ?? 0
  )


medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let pk: string
    let mina: Awaited<ReturnType<typeof createAdmin>>
    let leo: Awaited<ReturnType<typeof createAdmin>>

    beforeAll(async () => {
      pk = await createPublishableKey(getContainer())
      mina = await createAdmin(getContainer(), { email: "mina@survey.test", first_name: "Mina", last_name: "Park" })
      leo = await createAdmin(getContainer(), { email: "leo@survey.test", first_name: "Leo" })
    })

    const openGuest = async (email: string, opts: { subject?: string; locale?: string } = {}) => {
      const res = await api.post(
        "/store/support/tickets",
        { subject: opts.subject ?? "Where is my parcel?", body: "Ordered a week ago.", email, name: "Ana" },
        { headers: { ...guestHeaders(pk).headers, ...(opts.locale ? { "x-medusa-locale": opts.locale } : {}) } }
      )
      const { ticket, access_token } = res.data as { ticket: { id: string; display_id: number }; access_token: string }
      return { ticket, token: access_token, shopper: guestHeaders(pk, access_token) as Headers }
    }
    const update = (id: string, body: Record<string, unknown>, as: Headers = mina) => api.post(`/admin/support/tickets/${id}`, body, as)
    const solve = (id: string, as: Headers = mina) => update(id, { status: "solved" }, as)
    const storeThread = async (id: string, shopper: Headers) =>
      (await api.get(`/store/support/tickets/${id}`, shopper)).data.ticket.messages as StoreMessage[]
    /** The survey message of the ticket's latest solve, once the subscriber posted it. */
    const surveyMessages = (id: string, shopper: Headers) => storeThread(id, shopper).then((m) => m.filter((x) => x.survey))
    const waitSurvey = async (id: string, shopper: Headers, count = 1) =>
      (await eventually(async () => {
        const found = await surveyMessages(id, shopper)
        return found.length >= count ? found : null
      }))[count - 1]
    const getSurvey = (token: string) => api.get(`/store/support/surveys/${token}`, guestHeaders(pk))
    const answer = (token: string, body: Record<string, unknown>) => api.post(`/store/support/surveys/${token}`, body, guestHeaders(pk))
    const errorOf = async (p: Promise<unknown>) => {
      try {
        await p
        return null
      } catch (e) {
        const r = (e as { response: { status: number; data: { type: string; message: string } } }).response
        return { status: r.status, ...r.data }
      }
    }

    it("offers the survey when a ticket is solved: a public system message with its link, and the same link in the solved mail", async () => {
      const { ticket, shopper } = await openGuest("ana@example.test", { subject: "배송 문의", locale: "ko-KR" })
      await solve(ticket.id)
      const message = await waitSurvey(ticket.id, shopper)
      expect(message).toMatchObject({ author_type: "system", body: DEFAULT_SURVEY_QUESTIONS.ko.answer.yes_no })
      expect(message.survey!.scale).toBe("yes_no")
      expect(message.survey!.url).toBe(`https://shop.test/help/surveys/${message.survey!.token}`)
      expect(message.survey!.url).toMatch(/\/surveys\/[^/]+$/)
      // Valid for 30 days from the solve.
      const days = (Date.parse(message.survey!.expires_at) - Date.now()) / 86_400_000
      expect(days).toBeGreaterThan(29.9)
      expect(days).toBeLessThan(30.1)

      const solvedMail = await eventually(async () =>
        catcher.mails.find((m) => m.envelopeTo.includes("ana@example.test") && /해결/.test(m.parsed.subject ?? ""))
      )
      expect(solvedMail.parsed.text).toContain(message.survey!.url)
      expect(solvedMail.parsed.text).toContain(DEFAULT_SURVEY_QUESTIONS.ko.answer.yes_no)
      expect(solvedMail.parsed.html).toContain(`href="${message.survey!.url}"`)

      // Agents see the message with what it describes, but not the token (it is derived, never stored).
      const agentView = await api.get(`/admin/support/tickets/${ticket.id}`, mina)
      const agentMessage = agentView.data.ticket.messages.find((m: { id: string }) => m.id === message.id)
      expect(agentMessage.metadata).toMatchObject({ event: "survey_requested", survey: { scale: "yes_no", assignee_id: null } })
      expect(JSON.stringify(agentView.data.ticket)).not.toContain(message.survey!.token)
      expect(agentView.data.ticket.survey_response).toBeNull()

      // Another status event for the same solve (e.g. a redelivery) posts no second survey.
      await update(ticket.id, { priority: "high" })
      await new Promise((r) => setTimeout(r, 500))
      expect(await surveyMessages(ticket.id, shopper)).toHaveLength(1)
    })

    it("shows the questions in the ticket's language with the subject and number; answers once, then 409", async () => {
      const { ticket, shopper } = await openGuest("eleni@example.test", { subject: "Επιστροφή", locale: "el" })
      await solve(ticket.id)
      const { survey: link } = await waitSurvey(ticket.id, shopper)
      const before = (await getSurvey(link!.token)).data.survey
      expect(before).toMatchObject({
        locale: "el",
        scale: "yes_no",
        ticket: { display_id: ticket.display_id, subject: "Επιστροφή" },
        answered: false,
        answer: null,
      })
      expect(before.questions).toEqual([
        { id: "answer", type: "yes_no", text: DEFAULT_SURVEY_QUESTIONS.el.answer.yes_no, required: true, options: ["yes", "no"] },
        { id: "comment", type: "text", text: DEFAULT_SURVEY_QUESTIONS.el.comment, required: false, max_length: 2000 },
      ])
      // No publishable key: refused like every store route.
      expect(await statusOf(api.get(`/store/support/surveys/${link!.token}`))).toBe(400)

      // Off the scale, unknown keys, form bodies: 400 and nothing stored.
      expect(await statusOf(answer(link!.token, { answer: 5 }))).toBe(400)
      expect(await statusOf(answer(link!.token, { answer: "maybe" }))).toBe(400)
      expect(await statusOf(answer(link!.token, { answer: "yes", score: 5 }))).toBe(400)
      expect(await statusOf(answer(link!.token, { answer: "yes", comment: "a\u0000b" }))).toBe(400)
      expect(
        await statusOf(
          api.post(`/store/support/surveys/${link!.token}`, "answer=yes", {
            headers: { ...guestHeaders(pk).headers, "content-type": "application/x-www-form-urlencoded" },
          })
        )
      ).toBe(400)
      expect((await getSurvey(link!.token)).data.survey.answered).toBe(false)

      const answered = await answer(link!.token, { answer: "no", comment: "Η απάντηση άργησε" })
      expect(answered.data.survey).toMatchObject({
        answered: true,
        answer: { answer: "no", score: 1, positive: false, comment: "Η απάντηση άργησε" },
      })
      const second = await errorOf(answer(link!.token, { answer: "yes" }))
      expect(second).toEqual({ status: 409, type: "conflict", message: "This survey has already been answered" })
      expect((await getSurvey(link!.token)).data.survey.answer.answer).toBe("no")

      // The answer is the ticket's rating (no -> 1), a system line on the ticket; the rating route refuses a second.
      const store = (await api.get(`/store/support/tickets/${ticket.id}`, shopper)).data.ticket
      expect(store.rating).toMatchObject({ score: 1, comment: "Η απάντηση άργησε" })
      expect(store.messages.map((m: StoreMessage) => m.body)).toContain("Survey answered: no, this did not answer the question")
      expect(await statusOf(api.post(`/store/support/tickets/${ticket.id}/rating`, { score: 5 }, shopper))).toBe(409)
      const agent = (await api.get(`/admin/support/tickets/${ticket.id}`, mina)).data.ticket
      expect(agent.rating).toMatchObject({ score: 1 })
      expect(agent.survey_response).toMatchObject({ source: "survey", scale: "yes_no", answer: "no", score: 1, positive: false, locale: "el" })
    })

    it("takes exactly one of 10 concurrent answers", async () => {
      const { ticket, shopper } = await openGuest("rush@example.test")
      await solve(ticket.id)
      const { survey: link } = await waitSurvey(ticket.id, shopper)
      const statuses = await Promise.all(
        Array.from({ length: 10 }, (_, i) => statusOf(answer(link!.token, { answer: i % 2 ? "yes" : "no", comment: `try ${i}` })))
      )
      expect(statuses.filter((s) => s === 200)).toHaveLength(1)
      expect(statuses.filter((s) => s === 409)).toHaveLength(9)
      const rows = await getContainer()
        .resolve("__pg_connection__")
        .raw("SELECT count(*)::int AS n FROM support_survey_response WHERE ticket_id = ?", [ticket.id])
      expect(rows.rows[0].n).toBe(1)
      const lines = (await storeThread(ticket.id, shopper)).filter((m) => m.body.startsWith("Survey answered"))
      expect(lines).toHaveLength(1)
    })

    it("opens only its own survey: a token edited to name another ticket, a forged or expired one is refused", async () => {
      const a = await openGuest("a@example.test", { subject: "Ticket A" })
      const b = await openGuest("b@example.test", { subject: "Ticket B" })
      await solve(a.ticket.id)
      await solve(b.ticket.id)
      const tokenA = (await waitSurvey(a.ticket.id, a.shopper)).survey!.token
      await waitSurvey(b.ticket.id, b.shopper)
      expect((await getSurvey(tokenA)).data.survey.ticket.subject).toBe("Ticket A")

      const swapped = tokenA.replace(a.ticket.id, b.ticket.id)
      expect(await errorOf(getSurvey(swapped))).toMatchObject({ status: 404, message: "Survey not found" })
      expect(await errorOf(answer(swapped, { answer: "yes" }))).toMatchObject({ status: 404 })
      expect(await errorOf(getSurvey("not-a-token"))).toMatchObject({ status: 404 })

      const secret = emailSigningSecret(getContainer())
      const solvedAt = Date.parse((await api.get(`/admin/support/tickets/${b.ticket.id}`, mina)).data.ticket.solved_at)
      const forged = signSurveyToken("someone-elses-secret-123", { ticket_id: b.ticket.id, occurrence: solvedAt, expires_at: Date.now() + 1e9, scale: "yes_no" })
      expect(await errorOf(getSurvey(forged))).toMatchObject({ status: 404 })
      const expired = signSurveyToken(secret, { ticket_id: b.ticket.id, occurrence: solvedAt, expires_at: Date.now() - 1000, scale: "yes_no" })
      expect(await errorOf(getSurvey(expired))).toEqual({ status: 410, type: "survey_expired", message: "This survey link has expired" })
      expect(await errorOf(answer(expired, { answer: "yes" }))).toMatchObject({ status: 410 })
      // B's own, properly signed token still works, and neither answer touched the other ticket.
      const valid = signSurveyToken(secret, { ticket_id: b.ticket.id, occurrence: solvedAt, expires_at: Date.now() + 1e9, scale: "yes_no" })
      expect((await getSurvey(valid)).data.survey.ticket.subject).toBe("Ticket B")
      expect((await getSurvey(tokenA)).data.survey.answered).toBe(false)
    })

    it("closes a survey when its ticket is reopened, and offers a new one on the next solve", async () => {
      const { ticket, shopper } = await openGuest("again@example.test")
      await solve(ticket.id)
      const first = (await waitSurvey(ticket.id, shopper)).survey!.token
      await api.post(`/store/support/tickets/${ticket.id}/messages`, { body: "Still broken." }, shopper)
      expect(await errorOf(getSurvey(first))).toMatchObject({ status: 410, type: "survey_closed" })
      await solve(ticket.id)
      const second = (await waitSurvey(ticket.id, shopper, 2)).survey!.token
      expect(second).not.toBe(first)
      expect(await errorOf(answer(first, { answer: "yes" }))).toMatchObject({ status: 410, message: "This survey was replaced by a newer one" })
      expect((await answer(second, { answer: "yes" })).data.survey.answer).toMatchObject({ answer: "yes", score: 5, positive: true })
    })

    it("settings: a strict survey section; the scale and the texts apply to the next solve; off means no survey", async () => {
      const defaults = (await api.get("/admin/support/settings", mina)).data.settings.survey
      expect(defaults).toMatchObject({ enabled: true, scale: "yes_no", questions: {} })
      expect(defaults.default_questions.ko.comment).toBe(DEFAULT_SURVEY_QUESTIONS.ko.comment)
      for (const bad of [{ scale: "ten" }, { enabled: "no" }, { questions: { fr: { answer: "Alors ?" } } }, { questions: { en: { answer: "" } } }, { colour: "red" }]) {
        expect(await statusOf(api.post("/admin/support/settings", { survey: bad }, mina))).toBe(400)
      }
      const saved = await api.post("/admin/support/settings", { survey: { scale: "five_point", questions: { ko: { answer: "만족하셨나요?" } } } }, mina)
      expect(saved.data.settings.survey).toMatchObject({ enabled: true, scale: "five_point", questions: { ko: { answer: "만족하셨나요?" } } })

      const ko = await openGuest("ko@example.test", { locale: "ko" })
      await solve(ko.ticket.id)
      const link = (await waitSurvey(ko.ticket.id, ko.shopper)).survey!
      expect(link.scale).toBe("five_point")
      const survey = (await getSurvey(link.token)).data.survey
      expect(survey.questions[0]).toMatchObject({ type: "five_point", text: "만족하셨나요?", options: [1, 2, 3, 4, 5] })
      expect(survey.questions[1].text).toBe(DEFAULT_SURVEY_QUESTIONS.ko.comment)
      expect(await statusOf(answer(link.token, { answer: "yes" }))).toBe(400)
      expect(await statusOf(answer(link.token, { answer: 6 }))).toBe(400)

      await api.post("/admin/support/settings", { survey: { enabled: false } }, mina)
      const off = await openGuest("off@example.test")
      catcher.clear()
      await solve(off.ticket.id)
      const mail = await eventually(async () => catcher.mails.find((m) => m.envelopeTo.includes("off@example.test")))
      expect(mail.parsed.text).not.toContain("/surveys/")
      await new Promise((r) => setTimeout(r, 500))
      expect(await surveyMessages(off.ticket.id, off.shopper)).toHaveLength(0)
      await api.post("/admin/support/settings", { survey: { enabled: true, scale: "yes_no" } }, mina)
    })

    it("results per agent (assignee at solve) and per canned reply match a hand count", async () => {
      // An answer just before the window: counted by a window that ends there, not by the one that starts there.
      const t0 = await openGuest("r0@example.test")
      await solve(t0.ticket.id)
      await answer((await waitSurvey(t0.ticket.id, t0.shopper)).survey!.token, { answer: "no" })
      await new Promise((r) => setTimeout(r, 20))
      const from = new Date().toISOString()
      const canned = async (title: string) => (await api.post("/admin/support/canned-replies", { title, body: `${title} body` }, mina)).data.canned_reply.id as string
      const [c1, c2, c3] = [await canned("Tracking link"), await canned("Refund steps"), await canned("Internal only")]
      const reply = (id: string, canned_reply_id: string, internal = false) =>
        api.post(`/admin/support/tickets/${id}/messages`, { body: "Here you go", canned_reply_id, internal }, mina)

      // t1: Mina, c1 twice (+ c3 in an internal note, not counted), yes. t2: Mina, c1 + c2, no.
      // t3: Leo, c2, five-point 4. t4: Leo, no canned reply, rated 2 through the rating route.
      const t = [await openGuest("r1@example.test"), await openGuest("r2@example.test"), await openGuest("r3@example.test"), await openGuest("r4@example.test")]
      await update(t[0].ticket.id, { assignee_id: mina.user.id })
      await update(t[1].ticket.id, { assignee_id: mina.user.id })
      await update(t[2].ticket.id, { assignee_id: leo.user.id })
      await update(t[3].ticket.id, { assignee_id: leo.user.id })
      await reply(t[0].ticket.id, c1)
      await reply(t[0].ticket.id, c1)
      await reply(t[0].ticket.id, c3, true)
      await reply(t[1].ticket.id, c1)
      await reply(t[1].ticket.id, c2)
      await reply(t[2].ticket.id, c2)

      await solve(t[0].ticket.id)
      await solve(t[1].ticket.id)
      const l1 = (await waitSurvey(t[0].ticket.id, t[0].shopper)).survey!.token
      const l2 = (await waitSurvey(t[1].ticket.id, t[1].shopper)).survey!.token
      // Reassigned after the solve: the answer still counts for Mina, who solved it.
      await update(t[0].ticket.id, { assignee_id: leo.user.id })
      await answer(l1, { answer: "yes" })
      await answer(l2, { answer: "no" })
      await api.post("/admin/support/settings", { survey: { scale: "five_point" } }, mina)
      await solve(t[2].ticket.id, leo)
      await solve(t[3].ticket.id, leo)
      const l3 = (await waitSurvey(t[2].ticket.id, t[2].shopper)).survey!.token
      await answer(l3, { answer: 4 })
      await waitSurvey(t[3].ticket.id, t[3].shopper)
      await api.post(`/store/support/tickets/${t[3].ticket.id}/rating`, { score: 2 }, t[3].shopper)
      await api.post("/admin/support/settings", { survey: { scale: "yes_no" } }, mina)
      // A deleted ticket's answer no longer counts (Mina, c1, yes).
      const gone = await openGuest("r5@example.test")
      await update(gone.ticket.id, { assignee_id: mina.user.id })
      await reply(gone.ticket.id, c1)
      await solve(gone.ticket.id)
      await answer((await waitSurvey(gone.ticket.id, gone.shopper)).survey!.token, { answer: "yes" })
      await deleteTicketsWorkflow(getContainer()).run({ input: { ids: [gone.ticket.id] } })
      // A rating given through the rating route shows on its survey too.
      const l4 = (await surveyMessages(t[3].ticket.id, t[3].shopper))[0].survey!.token
      expect((await getSurvey(l4)).data.survey).toMatchObject({ answered: true, scale: "five_point", answer: { answer: 2, score: 2 } })

      const { results } = (await api.get(`/admin/support/surveys/results?from=${encodeURIComponent(from)}`, mina)).data
      expect(results.totals).toEqual({ answered: 4, positive: 2, scored: 2, average_score: 3, positive_rate: 0.5 })
      const agent = (id: string) => results.by_agent.find((r: { assignee_id: string }) => r.assignee_id === id)
      expect(results.by_agent).toHaveLength(2)
      expect(agent(mina.user.id)).toEqual({ assignee_id: mina.user.id, name: "Mina Park", answered: 2, positive: 1, scored: 0, average_score: null, positive_rate: 0.5 })
      expect(agent(leo.user.id)).toEqual({ assignee_id: leo.user.id, name: "Leo Agent", answered: 2, positive: 1, scored: 2, average_score: 3, positive_rate: 0.5 })
      const cannedRow = (id: string) => results.by_canned_reply.find((r: { canned_reply_id: string }) => r.canned_reply_id === id)
      expect(results.by_canned_reply).toHaveLength(2)
      expect(cannedRow(c1)).toEqual({ canned_reply_id: c1, title: "Tracking link", answered: 2, positive: 1, scored: 0, average_score: null, positive_rate: 0.5 })
      expect(cannedRow(c2)).toEqual({ canned_reply_id: c2, title: "Refund steps", answered: 2, positive: 1, scored: 1, average_score: 4, positive_rate: 0.5 })
      expect(cannedRow(c3)).toBeUndefined()

      const earlier = (await api.get(`/admin/support/surveys/results?from=2020-01-01&to=${encodeURIComponent(from)}`, mina)).data.results
      expect(earlier.totals).toEqual({ answered: 1, positive: 0, scored: 0, average_score: null, positive_rate: 0 })
      expect(earlier.by_agent).toEqual([{ assignee_id: null, name: null, answered: 1, positive: 0, scored: 0, average_score: null, positive_rate: 0 }])
      expect(earlier.by_canned_reply).toEqual([])
      for (const bad of ["?from=yesterday", "?from=2026-12-02&to=2026-12-01", "?from[$gt]=2026-01-01", "?limit=5"]) {
        expect(await statusOf(api.get(`/admin/support/surveys/results${bad}`, mina))).toBe(400)
      }
      expect(await statusOf(api.get("/admin/support/surveys/results"))).toBe(401)
    })

    it("rate-limits answers per client, forged tokens included", async () => {
      let status = 0
      let retryAfter: string | undefined
      for (let i = 0; i <= ANSWER_LIMIT && status !== 429; i++) {
        try {
          await answer(`supt_x.${i}.1.y.${"A".repeat(43)}`, { answer: "yes" })
        } catch (e) {
          const r = (e as { response: { status: number; headers: Record<string, string> } }).response
          status = r.status
          retryAfter = r.headers["retry-after"]
        }
      }
      expect(status).toBe(429)
      expect(Number(retryAfter)).toBeGreaterThan(0)
    })
  },
})
