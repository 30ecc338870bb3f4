import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdmin } from "../helpers/actors"
import { emailFixture } from "../helpers/email-fixtures"
import { errorOf, statusOf } from "../helpers/orders"

jest.setTimeout(120_000)

// Email enabled but no inbound secret: the webhook must refuse everything with 503 (never
// accept unauthenticated mail, and let the relay keep it), before reading the body.
process.env.HELPDESK_TEST_OPTIONS = JSON.stringify({ email: { enabled: true } })

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("answers 503 while no inbound secret is configured, whatever the caller sends", async () => {
      const raw = emailFixture("multipart-alternative.eml")
      for (const authorization of [undefined, "Bearer ", "Bearer undefined", "Basic Og=="]) {
        const headers: Record<string, string> = { "content-type": "message/rfc822" }
        if (authorization) headers.authorization = authorization
        const res = await errorOf(api.post("/hooks/support/email", raw, { headers, transformRequest: [(d: unknown) => d] }))
        expect(res.status).toBe(503)
        expect(res.data.type).toBe("unexpected_state")
      }
    })

    it("opens with a secret generated in the admin, shown once; a new one replaces it", async () => {
      const admin = await createAdmin(getContainer())
      const raw = emailFixture("multipart-alternative.eml")
      const post = (secret: string) =>
        statusOf(
          api.post("/hooks/support/email", raw, {
            headers: { "content-type": "message/rfc822", authorization: `Bearer ${secret}` },
            transformRequest: [(d: unknown) => d],
          })
        )
      const before = await api.get("/admin/support/settings", admin)
      expect(before.data.settings.email).toMatchObject({ inbound_secret_set: false, inbound_secret_from_options: false, inbound_secret_generated_at: null })

      const first = await api.post("/admin/support/settings/email/inbound-secret", {}, admin)
      expect(first.headers["cache-control"]).toBe("no-store")
      const secret = first.data.inbound_secret.secret
      expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/)
      expect(await post(secret)).toBe(200)
      expect(await post("wrong-secret-0123456789")).toBe(401)

      // Never shown again, not even in the settings.
      const after = await api.get("/admin/support/settings", admin)
      expect(after.data.settings.email).toMatchObject({ inbound_secret_set: true, inbound_secret_generated_at: first.data.inbound_secret.created_at })
      expect(JSON.stringify(after.data)).not.toContain(secret)

      const second = await api.post("/admin/support/settings/email/inbound-secret", {}, admin)
      expect(await post(secret)).toBe(401)
      expect(await post(second.data.inbound_secret.secret)).toBe(200)
    })
  },
})
