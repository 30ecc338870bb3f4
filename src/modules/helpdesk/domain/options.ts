import { z } from "@medusajs/framework/zod"

/** Plugin options (medusa-config `plugins: [{ resolve, options }]`), checked at start-up. */
export const HelpdeskOptionsSchema = z
  .object({
    /** Days a guest's ticket link (access token) stays valid after the ticket is opened. */
    guestTokenTtlDays: z.number().int().positive().max(3650).default(90),
    /** Secret for deriving guest tokens; defaults to the app's cookieSecret. */
    guestTokenSecret: z.string().min(16).optional(),
    /** The store name used by the {{store.name}} placeholder; defaults to Medusa's store name. */
    storeName: z.string().min(1).optional(),
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
