import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { databaseUrlFromEnv } from "./scripts/lib/database-url"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// Set only by `npm run bench` (bench/run.js): the production server without the admin bundle, and
// shopper rate limits its load generator does not hit (the limiter itself still runs). Never set
// it for a real store.
const bench = process.env.HELPDESK_BENCH === "1"
const benchRateLimit = { max: 1_000_000_000, windowSeconds: 60 }
// Set only by HTTP spec files that need other plugin options (e.g. small rate limits), as JSON;
// read only under NODE_ENV=test.
const testOptions =
  process.env.NODE_ENV === "test" && process.env.HELPDESK_TEST_OPTIONS
    ? JSON.parse(process.env.HELPDESK_TEST_OPTIONS)
    : {}

// With SMTP_URL all mail goes through the plugin's SMTP provider (channel "email"). Declaring the
// notification module replaces Medusa's default, so its local provider is listed again on "feed":
// the admin's notification bell reads that channel. The bench (no SMTP server) runs the whole mail
// path with Medusa's local provider, which only logs, on "email" too.
const smtpUrl = process.env.SMTP_URL
const mailOn = !!smtpUrl || bench
const emailFrom = process.env.HELPDESK_EMAIL_FROM || "support@localhost"
const emailOptions = mailOn
  ? {
      email: {
        enabled: true,
        from: emailFrom,
        inboundDomain: process.env.HELPDESK_INBOUND_DOMAIN || "localhost",
        ...(process.env.HELPDESK_INBOUND_SECRET ? { inboundSecret: process.env.HELPDESK_INBOUND_SECRET } : {}),
        ...(testOptions.email ?? {}),
      },
    }
  : {}
const emailProvider = smtpUrl
  ? { resolve: "./src/providers/smtp", id: "smtp", options: { channels: ["email"], url: smtpUrl, from: emailFrom } }
  : null
const notificationModule = mailOn
  ? [
      {
        resolve: "@medusajs/medusa/notification",
        options: {
          providers: emailProvider
            ? [{ resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["feed"] } }, emailProvider]
            : [{ resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["feed", "email"] } }],
        },
      },
    ]
  : []

// The demo store: Medusa with this plugin's sources loaded in place. A host app installs the
// published package instead: plugins: [{ resolve: "medusa-plugin-helpdesk", options }].
module.exports = defineConfig({
  projectConfig: {
    databaseUrl: databaseUrlFromEnv(),
    redisUrl: process.env.REDIS_URL,
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:5173",
      authCors: process.env.AUTH_CORS || "http://localhost:9000,http://localhost:5173,http://localhost:8000",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  ...(bench ? { admin: { disable: true } } : {}),
  modules: [
    {
      resolve: "./src/modules/helpdesk",
      options: {
        ...(bench
          ? { rateLimits: { createTicket: benchRateLimit, addMessage: benchRateLimit, upload: benchRateLimit, articleSearch: benchRateLimit } }
          : {}),
        // The test suites predate the auto-acknowledgement and count thread messages: off there
        // unless a spec turns it on (integration-tests/http/sla.spec.ts).
        // Likewise the satisfaction survey's thread message on solve (integration-tests/http/surveys.spec.ts turns it on).
        // And proactive tickets from order events (integration-tests/http/proactive.spec.ts turns them on).
        ...(process.env.NODE_ENV === "test"
          ? { autoAcknowledge: { enabled: false }, survey: { enabled: false }, proactive: { enabled: false } }
          : {}),
        ...testOptions,
        ...emailOptions,
      },
    },
    ...notificationModule,
  ],
})
