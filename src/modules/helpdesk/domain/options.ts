import { z } from "@medusajs/framework/zod"

const limit = (max: number, windowSeconds: number) =>
  z
    .object({
      max: z.number().int().positive(),
      windowSeconds: z.number().int().positive().max(86_400),
    })
    .strict()
    .default({ max, windowSeconds })

/** Plugin options (medusa-config `plugins: [{ resolve, options }]`), checked at start-up. */
export const HelpdeskOptionsSchema = z
  .object({
    /** Days a guest's ticket link (access token) stays valid after the ticket is opened. */
    guestTokenTtlDays: z.number().int().positive().max(3650).default(90),
    /** Secret for deriving guest tokens; defaults to the app's cookieSecret. */
    guestTokenSecret: z.string().min(16).optional(),
    /** The store name used by the {{store.name}} placeholder; defaults to Medusa's store name. */
    storeName: z.string().min(1).optional(),
    /** Requests one shopper (account, or IP address for guests) may make per window. */
    rateLimits: z
      .object({
        createTicket: limit(10, 600),
        addMessage: limit(30, 600),
        upload: limit(20, 600),
      })
      .strict()
      .default({
        createTicket: { max: 10, windowSeconds: 600 },
        addMessage: { max: 30, windowSeconds: 600 },
        upload: { max: 20, windowSeconds: 600 },
      }),
  })
  // Medusa adds its own keys (e.g. `database`) to module options, so unknown keys are ignored.
  .strip()

export type HelpdeskOptions = z.infer<typeof HelpdeskOptionsSchema>
export type HelpdeskOptionsInput = z.input<typeof HelpdeskOptionsSchema>

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
