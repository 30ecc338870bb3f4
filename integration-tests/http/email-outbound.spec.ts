import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { parseOutgoingMessageId } from "../../src/modules/helpdesk/domain/email/message-id"
import { ticketIdFromAddresses } from "../../src/modules/helpdesk/domain/email/reply-address"
import { emailSigningSecret } from "../../src/workflows/email/signing-secret"
import { onMessageCreated, onTicketCreated } from "../../src/workflows/email/notify"
import { retryFailedEmailsWorkflow } from "../../src/workflows"
import { createAdmin, createCustomer, createPublishableKey, guestHeaders } from "../helpers/actors"
import { CaughtMail, MailCatcher, startMailCatcher } from "../helpers/mail-catcher"

jest.setTimeout(180_000)

// The SMTP server starts before the runner boots the app (this hook is registered first), so
// medusa-config.ts sees SMTP_URL and wires the plugin's SMTP provider on channel "email".
let catcher: MailCatcher
beforeAll(async () => {
  catcher = await startMailCatcher()
  process.env.SMTP_URL = catcher.url
  process.env.HELPDESK_EMAIL_FROM = "support@atelier.test"
  process.env.HELPDESK_INBOUND_DOMAIN = "in.atelier.test"
})
afterAll(() => catcher?.close())

process.env.HELPDESK_TEST_OPTIONS = JSON.stringify({
  storeName: "Atelier Mail",
  email: { storefrontTicketUrl: "https://shop.test/support/{id}?token={token}", maxAttempts: 3 },
})

type Headers = { headers: Record<string, string> }
const INBOUND = { localPart: "support", domain: "in.atelier.test" }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let pk: string
    let admin: Awaited<ReturnType<typeof createAdmin>>

    beforeAll(async () => {
      const container = getContainer()
      pk = await createPublishableKey(container)
      admin = await createAdmin(container, { email: "mina@atelier.test", first_name: "Mina" })
    })
    beforeEach(() => catcher.clear())

    const to = (address: string) => (m: CaughtMail) => m.envelopeTo.includes(address)
    const mailsTo = async (address: string, count: number) => {
      const until = Date.now() + 10_000
      while (catcher.mails.filter(to(address)).length < count && Date.now() < until) await new Promise((r) => setTimeout(r, 50))
      return catcher.mails.filter(to(address))
    }
    const settle = () => new Promise((r) => setTimeout(r, 600))
    const openGuest = async (email: string, body: Record<string, unknown> = {}, headers: Record<string, string> = {}) => {
      const res = await api.post(
        "/store/support/tickets",
        { subject: "Where is my parcel?", body: "Ordered a week ago.", email, name: "Ana", ...body },
        { headers: { ...guestHeaders(pk).headers, ...headers } }
      )
      return res.data as { ticket: { id: string; display_id: number; locale: string | null }; access_token: string }
    }
    const reply = (id: string, body: string, internal = false) =>
      api.post(`/admin/support/tickets/${id}/messages`, { body, internal }, admin)
    const deliveries = async (ticketId: string) =>
      (
        await getContainer()
          .resolve("__pg_connection__")
          .raw("SELECT * FROM support_email_delivery WHERE ticket_id = ? ORDER BY created_at", [ticketId])
      ).rows as { id: string; kind: string; recipient: string; status: string; attempts: number; last_error: string | null; message_id: string | null }[]

    it("mails a guest's new ticket to the guest (with the private link, quoting nothing) and, once switched on, to the agents", async () => {
      // Off by default: agents see new tickets in the bell; the mail to every agent is opt-in.
      const defaults = await api.get("/admin/support/settings", admin)
      expect(defaults.data.settings.email.notifications.agent_new_ticket).toEqual({ email: false, feed: true })
      await api.post("/admin/support/settings", { email: { notifications: { agent_new_ticket: { email: true } } } }, admin)
      const { ticket, access_token } = await openGuest("ana@example.test", {
        subject: "Refund please http://spam.test",
        body: "Body text http://spam.test",
      })
      const [received] = await mailsTo("ana@example.test", 1)
      const [agent] = await mailsTo("mina@atelier.test", 1)
      await settle()

      expect(received.envelopeTo).toEqual(["ana@example.test"])
      expect(received.parsed.subject).toBe(`We received your request #${ticket.display_id}`)
      expect(received.parsed.from?.value[0]).toEqual({ address: "support@atelier.test", name: "Atelier Mail" })
      expect(received.raw).not.toMatch(/spam\.test|Refund please|Body text/)
      expect(received.parsed.text).toContain(`https://shop.test/support/${ticket.id}?token=${encodeURIComponent(access_token)}`)
      expect(received.parsed.headers.get("auto-submitted")).toBe("auto-replied")
      expect(received.parsed.attachments).toHaveLength(0)

      const secret = emailSigningSecret(getContainer())
      const replyTo = received.parsed.replyTo!.value[0].address!
      expect(replyTo).toMatch(/^support\+[0-9a-z]{42}@in\.atelier\.test$/)
      expect(ticketIdFromAddresses(secret, [replyTo], INBOUND)).toBe(ticket.id)
      expect(parseOutgoingMessageId(secret, received.parsed.messageId!)).toEqual({ id: ticket.id, kind: "received" })

      // Agents get the ticket as written (they are not a relay), with a link to the admin.
      expect(agent.parsed.subject).toBe(`[#${ticket.display_id}] New ticket: Refund please http://spam.test`)
      expect(agent.parsed.text).toContain(`/app/support/${ticket.id}`)
      expect(agent.parsed.headers.get("auto-submitted")).toBeUndefined()

      // The admin bell still works: the local provider on "feed" got the new ticket.
      const feed = await api.get("/admin/notifications?channel=feed", admin)
      expect(feed.data.notifications.map((n: { data: { title: string } }) => n.data.title)).toContain(
        `New support ticket #${ticket.display_id}`
      )
      const agentView = await api.get(`/admin/support/tickets/${ticket.id}`, admin)
      expect(agentView.data.ticket.email_deliveries).toEqual(
        expect.arrayContaining([expect.objectContaining({ kind: "received", recipient: "ana@example.test", status: "sent", attempts: 1 })])
      )
      const shopperView = await api.get(`/store/support/tickets/${ticket.id}`, guestHeaders(pk, access_token))
      expect(shopperView.data.ticket).not.toHaveProperty("email_deliveries")
      expect((await deliveries(ticket.id)).map((d) => [d.kind, d.status])).toEqual(
        expect.arrayContaining([["received", "sent"], ["agent_new_ticket", "sent"]])
      )
    })

    it("replies in Korean with the last three public messages, never an internal note, threaded", async () => {
      const { ticket, access_token } = await openGuest("jiwoo@example.test", { subject: "배송 문의", body: "첫 메시지" }, { "x-medusa-locale": "ko-KR" })
      expect(ticket.locale).toBe("ko-KR")
      await mailsTo("jiwoo@example.test", 1)
      await reply(ticket.id, "에이전트 답변 하나")
      await reply(ticket.id, "SECRET-NOTE internal only", true)
      await api.post(`/store/support/tickets/${ticket.id}/messages`, { body: "고객 답장" }, guestHeaders(pk, access_token))
      await reply(ticket.id, "에이전트 답변 둘")
      await reply(ticket.id, "SECRET-NOTE-2 again", true)
      const mails = await mailsTo("jiwoo@example.test", 3)
      await settle()
      const all = catcher.mails.filter(to("jiwoo@example.test"))
      expect(all).toHaveLength(3) // received + two replies; the notes and the shopper's own reply mail nobody outside
      for (const m of all) expect(m.raw).not.toMatch(/SECRET-NOTE/)

      const last = mails[2]
      expect(last.parsed.subject).toBe(`Re: 배송 문의 [#${ticket.display_id}]`)
      expect(last.parsed.text).toContain("Mina님이 문의에 답변했습니다")
      const text = last.parsed.text!
      const order = ["에이전트 답변 하나", "고객 답장", "에이전트 답변 둘"].map((s) => text.indexOf(s))
      expect(order.every((i) => i >= 0)).toBe(true)
      expect([...order].sort((a, b) => a - b)).toEqual(order)
      expect(text).not.toContain("첫 메시지") // only three messages

      const secret = emailSigningSecret(getContainer())
      const [receivedId, firstReplyId] = [mails[0].parsed.messageId!, mails[1].parsed.messageId!]
      expect(parseOutgoingMessageId(secret, firstReplyId)?.kind).toBe("reply")
      expect(last.parsed.inReplyTo).toBe(firstReplyId)
      expect(last.parsed.references).toEqual([receivedId, firstReplyId])
      expect(mails[1].parsed.headers.get("auto-submitted")).toBeUndefined()
    })

    it("writes Greek for an el ticket, and mails solved once", async () => {
      const { ticket } = await openGuest("eleni@example.test", { locale: "el" })
      await mailsTo("eleni@example.test", 1)
      await api.post(`/admin/support/tickets/${ticket.id}`, { status: "solved" }, admin)
      const mails = await mailsTo("eleni@example.test", 2)
      expect(mails[0].parsed.subject).toBe(`Λάβαμε το αίτημά σας #${ticket.display_id}`)
      expect(mails[1].parsed.subject).toBe(`Το αίτημά σας #${ticket.display_id} επιλύθηκε`)

      // An agent opening a ticket for someone sets its language.
      const phoned = await api.post(
        "/admin/support/tickets",
        { subject: "Κλήση", body: "Called about a return", email: "nikos@example.test", locale: "el-GR" },
        admin
      )
      expect(phoned.data.ticket.locale).toBe("el-GR")
      const [greek] = await mailsTo("nikos@example.test", 1)
      expect(greek.parsed.subject).toBe(`Λάβαμε το αίτημά σας #${phoned.data.ticket.display_id}`)
      const bad = await api
        .post("/admin/support/tickets", { subject: "x", body: "y", email: "z@example.test", locale: "el\r\nBcc: x" }, admin)
        .catch((e: { response: { status: number } }) => e.response)
      expect(bad.status).toBe(400)
    })

    it("sends one mail when the subscriber runs again for the same message", async () => {
      const { ticket } = await openGuest("retry@example.test")
      await mailsTo("retry@example.test", 1)
      const res = await reply(ticket.id, "Only once")
      const messageId = res.data.ticket.messages.at(-1).id
      await mailsTo("retry@example.test", 2)
      // Twice at once, then once more: the delivery row and the claim let one send through.
      await Promise.all([
        onMessageCreated(getContainer(), { id: ticket.id, message_id: messageId }),
        onMessageCreated(getContainer(), { id: ticket.id, message_id: messageId }),
      ])
      await onMessageCreated(getContainer(), { id: ticket.id, message_id: messageId })
      await settle()
      expect(catcher.mails.filter(to("retry@example.test"))).toHaveLength(2)
      expect((await deliveries(ticket.id)).filter((d) => d.kind === "reply")).toHaveLength(1)
    })

    it("keeps the reply when the send fails, shows the failure to agents, and the retry job sends it", async () => {
      const { ticket, access_token } = await openGuest("flaky@example.test")
      await mailsTo("flaky@example.test", 1)
      await mailsTo("mina@atelier.test", 1) // the agents' mail must not take the failure
      catcher.failNext(1)
      const res = await reply(ticket.id, "This one bounces first")
      expect(res.status).toBe(201)
      let failed
      for (let i = 0; i < 100 && !failed; i++) {
        failed = (await deliveries(ticket.id)).find((d) => d.kind === "reply" && d.status === "failed")
        if (!failed) await new Promise((r) => setTimeout(r, 50))
      }
      expect(failed).toMatchObject({ attempts: 1, last_error: expect.stringMatching(/451|Try again/) })
      const store = await api.get(`/store/support/tickets/${ticket.id}`, guestHeaders(pk, access_token))
      expect(store.data.ticket.messages.map((m: { body: string }) => m.body)).toContain("This one bounces first")
      expect(JSON.stringify(store.data)).not.toContain("delivery")

      const seen = await api.get(`/admin/support/tickets/${ticket.id}`, admin)
      const message = seen.data.ticket.messages.find((m: { body: string }) => m.body === "This one bounces first")
      expect(message.delivery).toMatchObject({ status: "failed", attempts: 1, last_error: expect.any(String) })

      // Not due yet: the job leaves it; once due, it sends.
      await retryFailedEmailsWorkflow(getContainer()).run({ input: { limit: 10 } })
      expect(catcher.mails.filter(to("flaky@example.test"))).toHaveLength(1)
      await getContainer()
        .resolve("__pg_connection__")
        .raw("UPDATE support_email_delivery SET next_attempt_at = now() - interval '1 second' WHERE id = ?", [failed!.id])
      await retryFailedEmailsWorkflow(getContainer()).run({ input: { limit: 10 } })
      const mails = await mailsTo("flaky@example.test", 2)
      expect(mails[1].parsed.text).toContain("This one bounces first")
      expect((await deliveries(ticket.id)).find((d) => d.id === failed!.id)).toMatchObject({ status: "sent", attempts: 2 })
      const after = await api.get(`/admin/support/tickets/${ticket.id}`, admin)
      expect(after.data.ticket.messages.find((m: { id: string }) => m.id === message.id).delivery.status).toBe("sent")
    })

    it("escapes markup from a subject and a name in every HTML mail, and a CR/LF subject adds no recipient", async () => {
      const evil = `<img src=x onerror=alert(1)>`
      const customer = await createCustomer(getContainer(), pk, { email: "eve@example.test", first_name: `Eve ${evil}` })
      const created = await api.post(
        "/store/support/tickets",
        { subject: `Help ${evil}`, body: `Body ${evil}` },
        customer as Headers
      )
      const id = created.data.ticket.id
      await reply(id, `Answer for ${evil}`)
      await api.post(`/admin/support/tickets/${id}/messages`, { body: "back" }, admin).catch(() => null)
      await mailsTo("eve@example.test", 2)
      await mailsTo("mina@atelier.test", 1)
      await settle()
      expect(catcher.mails.length).toBeGreaterThanOrEqual(3)
      for (const m of catcher.mails) {
        expect(m.parsed.html || "").not.toMatch(/<img/i)
      }
      expect(catcher.mails.some((m) => (m.parsed.html || "").includes("&lt;img src=x onerror=alert(1)&gt;"))).toBe(true)

      catcher.clear()
      const bcc = await api
        .post(
          "/store/support/tickets",
          { subject: "Hi\r\nBcc: x@evil.test", body: "b", email: "crlf@example.test" },
          guestHeaders(pk)
        )
        .catch((e: { response: { status: number } }) => e.response)
      await settle()
      await settle()
      for (const m of catcher.mails) {
        expect(m.envelopeTo).not.toContain("x@evil.test")
        expect(m.parsed.bcc).toBeUndefined()
        expect(m.parsed.subject ?? "").not.toMatch(/[\r\n]/)
      }
      expect([201, 400]).toContain(bcc.status)
    })

    it("threads replies under the shopper's own inbound Message-ID, mails only the requester, and never auto-answers machine mail", async () => {
      const { ticket } = await openGuest("mailer@example.test")
      await mailsTo("mailer@example.test", 1)
      await settle()
      const db = getContainer().resolve("__pg_connection__")
      const inbound = {
        email: {
          message_id: "<root-1@mail.example.test>",
          in_reply_to: null,
          references: [],
          from: "mailer@example.test",
          to: ["support@in.atelier.test"],
          cc: ["friend@example.test"],
          auto: false,
        },
      }
      await db.raw("UPDATE support_message SET metadata = ?::jsonb WHERE ticket_id = ?", [JSON.stringify(inbound), ticket.id])
      await reply(ticket.id, "Answer by mail")
      const [received, answer] = await mailsTo("mailer@example.test", 2)
      expect(answer.parsed.references).toEqual(["<root-1@mail.example.test>", received.parsed.messageId])
      expect(answer.parsed.inReplyTo).toBe(received.parsed.messageId)
      expect(answer.envelopeTo).toEqual(["mailer@example.test"])
      await settle()
      expect(catcher.mails.some((m) => m.envelopeTo.includes("friend@example.test"))).toBe(false)

      // The same ticket, had its first mail been an auto-reply: no "received" goes back.
      await db.raw("UPDATE support_message SET metadata = ?::jsonb WHERE ticket_id = ?", [
        JSON.stringify({ email: { ...inbound.email, auto: true, auto_reason: "auto-submitted" } }),
        ticket.id,
      ])
      await db.raw("DELETE FROM support_email_delivery WHERE ticket_id = ? AND kind = 'received'", [ticket.id])
      catcher.clear()
      await onTicketCreated(getContainer(), { id: ticket.id })
      await settle()
      expect(catcher.mails.filter(to("mailer@example.test"))).toHaveLength(0)
    })

    it("tells the assignee about the assignment and the shopper's replies, and the shopper about a merge", async () => {
      const other = await createAdmin(getContainer(), { email: "jo@atelier.test", first_name: "Jo" })
      const first = await openGuest("merge@example.test", { subject: "Parcel A" })
      const second = await openGuest("merge@example.test", { subject: "Parcel A again" })
      await mailsTo("merge@example.test", 2)
      await settle()
      catcher.clear()

      await api.post(`/admin/support/tickets/${first.ticket.id}/assign`, { assignee_id: other.user.id }, admin)
      const [assigned] = await mailsTo("jo@atelier.test", 1)
      expect(assigned.parsed.subject).toBe(`[#${first.ticket.display_id}] Assigned to you: Parcel A`)
      await api.post(`/store/support/tickets/${first.ticket.id}/messages`, { body: "Any news?" }, guestHeaders(pk, first.access_token))
      const [, replied] = await mailsTo("jo@atelier.test", 2)
      expect(replied.parsed.subject).toBe(`[#${first.ticket.display_id}] Ana replied: Parcel A`)
      expect(replied.parsed.text).toContain("Any news?")
      const feed = await api.get("/admin/notifications?channel=feed", admin)
      const titles = feed.data.notifications.map((n: { data: { title: string } }) => n.data.title)
      expect(titles).toEqual(expect.arrayContaining([
        `Ticket #${first.ticket.display_id} assigned to you`,
        `New reply on ticket #${first.ticket.display_id}`,
      ]))

      // Only into a ticket whose requester is proven: the guest opens their link first.
      await api.post(`/store/support/tickets/${first.ticket.id}/verify`, {}, guestHeaders(pk, first.access_token))
      await api.post(`/admin/support/tickets/${first.ticket.id}/merge`, { ticket_ids: [second.ticket.id] }, admin)
      const [merged] = await mailsTo("merge@example.test", 1)
      expect(merged.parsed.subject).toBe(`Your request #${second.ticket.display_id} was merged into #${first.ticket.display_id}`)
      await settle()
      expect(catcher.mails.filter(to("merge@example.test"))).toHaveLength(1)
    })

    it("mails a rule's canned reply like a reply, marked automatic, to a signed-in shopper and never to an unproven address", async () => {
      const canned = (
        await api.post("/admin/support/canned-replies", { title: "Got it", body: "Thanks, ticket {{ticket.display_id}} is with us." }, admin)
      ).data.canned_reply
      const rule = (
        await api.post(
          "/admin/support/rules",
          { name: "Answer new tickets", trigger: "ticket.created", actions: [{ type: "send_canned_reply", value: canned.id }] },
          admin
        )
      ).data.rule
      try {
        const shopper = await createCustomer(getContainer(), pk, { email: "rule@example.test", first_name: "Ria" })
        const created = await api.post("/store/support/tickets", { subject: "Size?", body: "Which size fits me?" }, shopper as Headers)
        const number = created.data.ticket.display_id
        const mails = await mailsTo("rule@example.test", 2)
        const answer = mails.find((m) => m.parsed.text?.includes(`ticket ${number} is with us`))
        expect(answer).toBeDefined()
        expect(answer!.parsed.headers.get("auto-submitted")).toBe("auto-replied")

        const guest = await openGuest("rule-guest@example.test")
        await mailsTo("rule-guest@example.test", 1)
        await new Promise((r) => setTimeout(r, 3000))
        const kinds = (await deliveries(guest.ticket.id)).filter((d) => d.recipient === "rule-guest@example.test").map((d) => d.kind)
        expect(kinds).toEqual(["received"])
      } finally {
        await api.delete(`/admin/support/rules/${rule.id}`, admin)
      }
    })
  },
})
