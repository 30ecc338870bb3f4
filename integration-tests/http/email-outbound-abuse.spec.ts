import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { rotateGuestTokensStep } from "../../src/workflows/email/steps/rotate-guest-tokens"
import { verifyGuestTicketStep } from "../../src/workflows/email/steps/verify-guest-ticket"
import { saveSupportSettingStep } from "../../src/workflows/settings/steps/save-setting"
import { EmailToRecord, recordEmailDeliveriesStep } from "../../src/workflows/email/steps/record-email-deliveries"
import { createAdmin, createCustomer, createPublishableKey, guestHeaders } from "../helpers/actors"
import { CaughtMail, MailCatcher, startMailCatcher } from "../helpers/mail-catcher"

jest.setTimeout(180_000)

let catcher: MailCatcher
beforeAll(async () => {
  catcher = await startMailCatcher()
  process.env.SMTP_URL = catcher.url
})
afterAll(() => catcher?.close())

const STORE_CAP = 20
process.env.HELPDESK_TEST_OPTIONS = JSON.stringify({
  storeName: "Atelier Abuse",
  rateLimits: {
    createTicket: { max: 1000, windowSeconds: 600 },
    guestTicketsPerEmail: { max: 1000, windowSeconds: 600 },
    guestTicketsStoreWide: { max: 1000, windowSeconds: 600 },
    guestLink: { max: 4, windowSeconds: 600 },
    guestLinkPerEmail: { max: 2, windowSeconds: 600 },
  },
  email: {
    storefrontTicketUrl: "https://shop.test/support/{id}?token={token}",
    automaticMailPerRecipient: { max: 3, windowSeconds: 3600 },
    unverifiedMailStoreWide: { max: STORE_CAP, windowSeconds: 3600 },
  },
})

type Headers = { headers: Record<string, string> }

// Each write step of this part, followed by a step that fails: the compensation must undo it.
const failStep = createStep("test-email-fail-after", async () => {
  throw new Error("boom")
})
const rotateThenFail = createWorkflow("test-rotate-guest-tokens-then-fail", (input: { email: string }) => {
  const rotated = rotateGuestTokensStep(input)
  failStep()
  return new WorkflowResponse(rotated)
})
const verifyThenFail = createWorkflow(
  "test-verify-guest-ticket-then-fail",
  (input: { id: string; customer_id: string | null; identity: string }) => {
    verifyGuestTicketStep(input)
    failStep()
    return new WorkflowResponse(input)
  }
)
const recordThenFail = createWorkflow("test-record-email-then-fail", (input: { mails: EmailToRecord[] }) => {
  recordEmailDeliveriesStep(input.mails)
  failStep()
  return new WorkflowResponse(input)
})
const saveThenFail = createWorkflow("test-save-setting-then-fail", (input: { id: string; value: Record<string, unknown> }) => {
  saveSupportSettingStep(input)
  failStep()
  return new WorkflowResponse(input)
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let pk: string
    let admin: Awaited<ReturnType<typeof createAdmin>>

    beforeAll(async () => {
      pk = await createPublishableKey(getContainer())
      admin = await createAdmin(getContainer(), { email: "boss@atelier.test" })
    })
    beforeEach(() => catcher.clear())

    const settle = (ms = 800) => new Promise((r) => setTimeout(r, ms))
    const waitForMails = async (count: number) => {
      const until = Date.now() + 15_000
      while (catcher.mails.length < count && Date.now() < until) await settle(50)
      await settle()
      return catcher.mails
    }
    const openGuest = (email: string, body: Record<string, unknown> = {}) =>
      api.post(
        "/store/support/tickets",
        { subject: "Where is my parcel?", body: "A week now.", email, ...body },
        guestHeaders(pk)
      )
    const rows = async (sql: string, params: (string | number)[] = []) =>
      (await getContainer().resolve("__pg_connection__").raw(sql, params)).rows

    it("caps automatic mail per recipient", async () => {
      for (let i = 0; i < 5; i++) await openGuest("same@example.test")
      await waitForMails(3)
      await settle(1000)
      expect(catcher.mails.filter((m) => m.envelopeTo.includes("same@example.test"))).toHaveLength(3)

      // An account opened with someone else's address is capped the same way.
      const customer = await createCustomer(getContainer(), pk, { email: "account@example.test" })
      for (let i = 0; i < 5; i++) await api.post("/store/support/tickets", { subject: `Mine ${i}`, body: "b" }, customer as Headers)
      await waitForMails(6)
      await settle(1000)
      expect(catcher.mails.filter((m) => m.envelopeTo.includes("account@example.test"))).toHaveLength(3)
    })

    it("verifies a guest ticket with its token only; a customer's ticket stays a customer's", async () => {
      const { data } = await openGuest("vera@example.test")
      const id = data.ticket.id
      expect(data.ticket).not.toHaveProperty("identity")
      expect((await api.get(`/admin/support/tickets/${id}`, admin)).data.ticket.identity).toBe("unverified")
      const noToken = await api.post(`/store/support/tickets/${id}/verify`, {}, guestHeaders(pk)).catch((e: { response: { status: number; headers: Record<string, string> } }) => e.response)
      expect(noToken.status).toBe(404)
      const wrong = await api
        .post(`/store/support/tickets/${id}/verify`, {}, guestHeaders(pk, "x".repeat(43)))
        .catch((e: { response: { status: number; headers: Record<string, string> } }) => e.response)
      expect(wrong.status).toBe(404)
      const ok = await api.post(`/store/support/tickets/${id}/verify`, {}, guestHeaders(pk, data.access_token))
      expect(ok.data.ticket.identity).toBe("verified_email")
      const agentView = await api.get(`/admin/support/tickets/${id}`, admin)
      expect(agentView.data.ticket.identity).toBe("verified_email")

      const customer = await createCustomer(getContainer(), pk)
      const mine = await api.post("/store/support/tickets", { subject: "Mine", body: "b" }, customer as Headers)
      const again = await api.post(`/store/support/tickets/${mine.data.ticket.id}/verify`, {}, customer as Headers)
      expect(again.data.ticket.identity).toBe("customer")
    })

    it("answers 202 to guest-link whatever the email, mails new links that replace the old, and rate limits", async () => {
      const first = await openGuest("lost@example.test", { subject: "First SECRET-SUBJECT" })
      const second = await openGuest("lost@example.test")
      await waitForMails(2)
      catcher.clear()

      const unknown = await api.post("/store/support/guest-link", { email: "nobody@example.test" }, guestHeaders(pk))
      expect(unknown.status).toBe(202)
      const known = await api.post("/store/support/guest-link", { email: "LOST@example.test" }, guestHeaders(pk))
      expect(known.status).toBe(202)
      expect(known.data).toEqual(unknown.data)

      const [mail] = await waitForMails(1)
      expect(catcher.mails).toHaveLength(1)
      expect(mail.envelopeTo).toEqual(["lost@example.test"])
      expect(mail.parsed.headers.get("auto-submitted")).toBe("auto-replied")
      expect(mail.raw).not.toContain("SECRET-SUBJECT")
      const links = [...(mail.parsed.text ?? "").matchAll(/https:\/\/shop\.test\/support\/(supt_[0-9A-Z]+)\?token=([^\s]+)/g)]
      expect(links.map((l) => l[1]).sort()).toEqual([first.data.ticket.id, second.data.ticket.id].sort())

      const oldToken = await api
        .get(`/store/support/tickets/${first.data.ticket.id}`, guestHeaders(pk, first.data.access_token))
        .catch((e: { response: { status: number; headers: Record<string, string> } }) => e.response)
      expect(oldToken.status).toBe(404)
      const link = links.find((l) => l[1] === first.data.ticket.id)!
      const fresh = await api.get(`/store/support/tickets/${first.data.ticket.id}`, guestHeaders(pk, decodeURIComponent(link[2])))
      expect(fresh.status).toBe(200)

      // Two per email address, four per client.
      expect((await api.post("/store/support/guest-link", { email: "lost@example.test" }, guestHeaders(pk))).status).toBe(202)
      const perEmail = await api.post("/store/support/guest-link", { email: "lost@example.test" }, guestHeaders(pk)).catch((e: { response: { status: number; headers: Record<string, string> } }) => e.response)
      expect(perEmail.status).toBe(429)
      expect(perEmail.headers["retry-after"]).toBeTruthy()
      const perClient = await api.post("/store/support/guest-link", { email: "other@example.test" }, guestHeaders(pk)).catch((e: { response: { status: number; headers: Record<string, string> } }) => e.response)
      expect(perClient.status).toBe(429)
    })

    it("undoes token rotation, verification and a settings write when a later step fails", async () => {
      const { data } = await openGuest("undo@example.test")
      const id = data.ticket.id
      const { errors } = await rotateThenFail(getContainer()).run({ input: { email: "undo@example.test" }, throwOnError: false })
      expect(errors.length).toBeGreaterThan(0)
      const still = await api.get(`/store/support/tickets/${id}`, guestHeaders(pk, data.access_token))
      expect(still.status).toBe(200)

      await verifyThenFail(getContainer()).run({ input: { id, customer_id: null, identity: "unverified" }, throwOnError: false })
      expect((await api.get(`/admin/support/tickets/${id}`, admin)).data.ticket.identity).toBe("unverified")

      await api.post("/admin/support/settings", { email: { notifications: { solved: { email: false } } } }, admin)
      await saveThenFail(getContainer()).run({ input: { id: "email", value: { notifications: {} } }, throwOnError: false })
      expect((await api.get("/admin/support/settings", admin)).data.settings.email.notifications.solved).toEqual({ email: false })
      await saveThenFail(getContainer()).run({ input: { id: "new-section", value: { a: 1 } }, throwOnError: false })
      expect(await rows("SELECT id FROM support_setting WHERE id = 'new-section'")).toHaveLength(0)
      await api.post("/admin/support/settings", { email: { notifications: { solved: { email: true } } } }, admin)

      const mail: EmailToRecord = {
        ticket_id: id, message_id: null, kind: "solved", recipient: "undo@example.test",
        idempotency_key: "test-undo-record", status: "pending", payload: null,
      }
      await recordThenFail(getContainer()).run({ input: { mails: [mail] }, throwOnError: false })
      expect(await rows("SELECT id FROM support_email_delivery WHERE idempotency_key = 'test-undo-record'")).toHaveLength(0)
    })

    it("refuses the settings routes to callers without an admin session, a shopper's token included", async () => {
      const shopper = await createCustomer(getContainer(), pk, { email: "nosy@example.test" })
      const routes: [string, string][] = [
        ["get", "/admin/support/settings"],
        ["post", "/admin/support/settings"],
        ["post", "/admin/support/settings/email/send-test"],
        ["post", "/admin/support/settings/email/inbound-secret"],
        ["get", "/admin/support/email/held"],
      ]
      for (const [method, path] of routes) {
        for (const caller of [{}, shopper, guestHeaders(pk)]) {
          const res = await (method === "get" ? api.get(path, caller) : api.post(path, {}, caller)).catch(
            (e: { response: { status: number } }) => e.response
          )
          expect([path, res.status]).toEqual([path, 401])
        }
      }
    })

    it("shows the email settings and sends a test mail to the admin", async () => {
      const got = await api.get("/admin/support/settings", admin)
      expect(got.data.settings.email).toMatchObject({
        enabled: true,
        from: '"Atelier Abuse" <support@localhost>',
        inbound_address: "support@localhost",
        webhook_path: "/hooks/support/email",
        notifications: { reply: { email: true }, agent_assigned: { email: true, feed: true } },
      })
      expect(JSON.stringify(got.data)).not.toMatch(/secret"/i)
      const bad = await api
        .post("/admin/support/settings", { email: { notifications: { reply: { feed: true } } } }, admin)
        .catch((e: { response: { status: number; headers: Record<string, string> } }) => e.response)
      expect(bad.status).toBe(400)

      const sent = await api.post("/admin/support/settings/email/send-test", {}, admin)
      expect(sent.data.test_email).toEqual({ to: "boss@atelier.test", status: "sent" })
      const [mail] = await waitForMails(1)
      expect(mail.envelopeTo).toEqual(["boss@atelier.test"])
      expect(mail.parsed.subject).toBe("Test email from Atelier Abuse")
    })
    it("never lets 30 guest tickets relay what they typed, and stops at the caps", async () => {
      // Earlier tests spent some of the store-wide allowance: start this window afresh.
      await rows("DELETE FROM support_rate_limit WHERE id LIKE 'email_auto_unverified_store:%'")
      await rows("DELETE FROM support_email_delivery")
      // Agents' copies off, so every mail caught here goes to a guest address.
      const settings = await api.post("/admin/support/settings", { email: { notifications: { agent_new_ticket: { email: false } } } }, admin)
      expect(settings.data.settings.email.notifications.agent_new_ticket).toEqual({ email: false, feed: true })

      for (let i = 0; i < 30; i++) {
        await openGuest(`victim${i}@example.test`, {
          subject: `WIN FREE MONEY http://spam.test/${i}`,
          body: `Click http://spam.test/claim now ${i}`,
          name: "Visit http://spam.test",
        })
      }
      const mails = await waitForMails(STORE_CAP)
      await settle(1500)
      expect(catcher.mails).toHaveLength(STORE_CAP)
      for (const m of catcher.mails) {
        expect(m.envelopeTo).toHaveLength(1)
        expect(m.envelopeTo[0]).toMatch(/^victim\d+@example\.test$/)
        expect(m.raw).not.toMatch(/spam\.test|WIN FREE|Click|Visit/i)
        expect(m.parsed.attachments).toHaveLength(0)
      }
      const suppressed = await rows("SELECT count(*)::int AS n FROM support_email_delivery WHERE kind = 'received' AND status = 'suppressed'")
      expect(suppressed[0].n).toBe(30 - STORE_CAP)
      expect(mails.length).toBe(STORE_CAP)
    })
  },
})
