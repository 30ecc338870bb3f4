import { z } from "@medusajs/framework/zod"
import { MAIL_KINDS, MAIL_LOCALES } from "./email/templates/kinds"

const limit = (max: number, windowSeconds: number) =>
  z
    .object({
      max: z.number().int().positive().max(2_000_000_000),
      windowSeconds: z.number().int().positive().max(86_400),
    })
    .strict()
    .default({ max, windowSeconds })

const MB = 1024 * 1024

/** Plugin options (medusa-config `plugins: [{ resolve, options }]`), checked at start-up. */
export const HelpdeskOptionsSchema = z
  .object({
    /** Days a guest's ticket link (access token) stays valid after the ticket is opened. */
    guestTokenTtlDays: z.number().int().positive().max(3650).default(90),
    /** Secret for deriving guest tokens; defaults to the app's cookieSecret. */
    guestTokenSecret: z.string().min(16).optional(),
    /** The store name used by the {{store.name}} placeholder; defaults to Medusa's store name. */
    storeName: z.string().min(1).optional(),
    /**
     * Proxies in front of the app that append to X-Forwarded-For. 0: the client is the socket's
     * peer and the header is ignored; N: the Nth address from the right of X-Forwarded-For.
     */
    trustedProxies: z.number().int().min(0).max(10).default(0),
    /**
     * Whether new tickets get an auto-acknowledgement while Settings -> Support has not decided
     * (the stored `auto_acknowledge.enabled` wins). On by default.
     */
    autoAcknowledge: z.object({ enabled: z.boolean().default(true) }).strict().prefault({}),
    /**
     * The satisfaction survey on solve (docs/automation.md "Satisfaction surveys"): whether it is
     * offered while Settings -> Support has not decided (the stored `survey.enabled` wins; on by
     * default), and how many days its link stays valid.
     */
    survey: z
      .object({ enabled: z.boolean().default(true), ttlDays: z.number().int().positive().max(365).default(30) })
      .strict()
      .prefault({}),
    /**
     * Proactive tickets from order events (docs/proactive.md): whether each kind is on while
     * Settings -> Support -> Proactive has not decided (a stored `enabled` wins). On by default.
     */
    proactive: z.object({ enabled: z.boolean().default(true) }).strict().prefault({}),
    /**
     * Per window: what one shopper (account, or client address for guests) may do, and ceilings
     * shared by all guests together.
     */
    rateLimits: z
      .object({
        createTicket: limit(10, 600),
        addMessage: limit(30, 600),
        /** Upload requests. */
        upload: limit(20, 600),
        /** Uploaded bytes (`max` in bytes). */
        uploadBytes: limit(100 * MB, 600),
        /** Close, reopen and rating requests. */
        ticketAction: limit(30, 600),
        /** Guest tickets opened with one email address, from anywhere. */
        guestTicketsPerEmail: limit(5, 3600),
        /** Guest tickets opened by all guests together. */
        guestTicketsStoreWide: limit(200, 600),
        /** Upload requests by all guests together. */
        guestUploadsStoreWide: limit(500, 600),
        /** "Send me my link again" requests per client address. */
        guestLink: limit(5, 3600),
        /** "Send me my link again" requests naming one email address, from anywhere. */
        guestLinkPerEmail: limit(3, 3600),
        /** Knowledge-base searches and suggestions (GET /store/support/articles, /suggestions). */
        articleSearch: limit(300, 600),
        /** Helpful votes and deflections; with once-per-visitor, bounds what one address can count. */
        articleFeedback: limit(30, 3600),
        /** A signed-in shopper asking for their own data export (POST /store/support/privacy/export). */
        privacyExport: limit(3, 3600),
        /** Downloads of export archives per client address (GET /helpdesk/privacy-exports/:token). */
        privacyExportDownload: limit(10, 3600),
        /** Survey answers (POST /store/support/surveys/:token), per client. */
        surveyAnswer: limit(10, 600),
        /** Survey reads (GET /store/support/surveys/:token), per client. */
        surveyView: limit(120, 600),
      })
      .strict()
      .prefault({}),
    /** Mail both ways (docs/email.md). Off until `enabled`, so a host without an email provider is not broken. */
    email: z
      .object({
        enabled: z.boolean().default(false),
        /** The sender of every mail: `"<fromName>" <from>`. */
        // An address (local part @ host name); "support@localhost" is fine for a demo.
        from: z
          .string()
          .max(254)
          .regex(/^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/, "Invalid email address")
          .default("support@localhost"),
        /** Defaults to the store name. */
        fromName: z.string().min(1).max(100).optional(),
        /**
         * Replies come back to `<replyLocalPart>+<token>@<inboundDomain>`; the inbound relay for
         * that domain posts them to POST /hooks/support/email.
         */
        inboundDomain: z.string().min(1).max(253).regex(/^[A-Za-z0-9.-]+$/).default("localhost"),
        replyLocalPart: z.string().min(1).max(20).regex(/^[A-Za-z0-9._-]+$/).default("support"),
        /** `Authorization: Bearer <inboundSecret>` on the inbound webhook; without it the webhook answers 401. */
        inboundSecret: z.string().min(16).optional(),
        /** Signs reply addresses and Message-IDs; defaults to the guest token secret. */
        signingSecret: z.string().min(16).optional(),
        /** Inbound mails larger than this get 413. */
        maxInboundBytes: z.number().int().positive().max(100 * MB).default(25 * MB),
        /** Where the storefront shows a ticket; `{id}` and `{token}` are filled in (guests' private link). */
        storefrontTicketUrl: z.string().max(500).default("http://localhost:8000/support/tickets/{id}?token={token}"),
        /**
         * The survey page linked from the solved mail; `{token}` is filled in (the path must end in
         * `/surveys/{token}`). The page reads and answers it through /store/support/surveys/:token.
         */
        storefrontSurveyUrl: z
          .string()
          .max(500)
          .refine((u) => /\/surveys\/\{token\}(?:[?#].*)?$/.test(u), "must end in /surveys/{token}")
          .default("http://localhost:8000/support/surveys/{token}"),
        /**
         * Inbound mails one sender may have stored per hour; beyond it their mail is held for
         * agents to release or delete (this is what stops two auto-responders mailing each other).
         */
        inboundPerSenderPerHour: z.number().int().positive().max(10_000).default(20),
        /** The ticket in the admin, linked from agents' mail; `{id}` is filled in. */
        adminTicketUrl: z.string().max(500).default("http://localhost:9000/app/support/{id}"),
        /** Host overrides of the mail's words, per kind and locale ("*": all): docs/email.md "Templates and overrides". */
        templates: z
          .partialRecord(
            z.enum(MAIL_KINDS),
            z.partialRecord(
              z.enum([...MAIL_LOCALES, "*"]),
              z
                .object({
                  subject: z.string().max(300),
                  heading: z.string().max(300),
                  intro: z.string().max(3000),
                  action: z.string().max(100),
                })
                .partial()
                .strict()
            )
          )
          .default({}),
        /**
         * Caps on automatic mail (received, guest links): per recipient (every requester), and for
         * the whole store to addresses nobody has proved. Over a cap the mail is not sent
         * (delivery "suppressed").
         */
        automaticMailPerRecipient: limit(3, 86_400),
        unverifiedMailStoreWide: limit(100, 3600),
        /** Send attempts per mail before it stays failed; the retry job waits 1, 5, 30 min, 2 h, 6 h... */
        maxAttempts: z.number().int().min(1).max(20).default(5),
      })
      .strict()
      .prefault({}),
  })
  // Medusa adds its own keys (e.g. `database`) to module options, so unknown keys are ignored.
  .strip()

export type HelpdeskOptions = z.infer<typeof HelpdeskOptionsSchema>
export type HelpdeskOptionsInput = z.input<typeof HelpdeskOptionsSchema>
export type RateLimitRule = keyof HelpdeskOptions["rateLimits"]

export function parseHelpdeskOptions(raw: unknown): HelpdeskOptions {
  const parsed = HelpdeskOptionsSchema.safeParse(raw ?? {})
  if (!parsed.success) {
    const issues = parsed.error.issues
      .map((i) => `${i.path.join(".") || "(options)"}: ${i.message}`)
      .join("; ")
    throw new Error(`medusa-plugin-helpdesk: invalid plugin options - ${issues}`)
  }
  return parsed.data
}
