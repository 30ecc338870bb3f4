import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { emailFixture } from "../helpers/email-fixtures"
import { errorOf } from "../helpers/orders"

jest.setTimeout(120_000)

// Email enabled but no inbound secret: the webhook must refuse everything with 503 (never
// accept unauthenticated mail, and let the relay keep it), before reading the body.
process.env.HELPDESK_TEST_OPTIONS = JSON.stringify({ email: { enabled: true } })

medusaIntegrationTestRunner({
  testSuite: ({ api }) => {
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
  },
})
