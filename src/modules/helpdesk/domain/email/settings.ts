import { z } from "@medusajs/framework/zod"
import { AGENT_MAIL_KINDS, AgentMailKind, SHOPPER_MAIL_KINDS, ShopperMailKind } from "./templates/kinds"

/**
 * The `email` section of Settings -> Support (row "email" of support_setting): which mail goes
 * out. Agent notifications go by email and to the admin's bell (`feed`), each switchable; shopper
 * mail by email only. Anything not stored is on, except the email to every agent about each new
 * ticket: a shop's agents see new tickets in the bell and the inbox, and a mail to the whole team
 * per ticket is opt-in (it is also most of a new ticket's cost: one mail per agent).
 */
const agentSwitch = z.object({ email: z.boolean(), feed: z.boolean() }).partial().strict()
const shopperSwitch = z.object({ email: z.boolean() }).partial().strict()

export const EmailSettingsInputSchema = z
  .object({
    notifications: z
      .object({
        ...Object.fromEntries(SHOPPER_MAIL_KINDS.map((k) => [k, shopperSwitch])),
        ...Object.fromEntries(AGENT_MAIL_KINDS.map((k) => [k, agentSwitch])),
      } as Record<ShopperMailKind, typeof shopperSwitch> & Record<AgentMailKind, typeof agentSwitch>)
      .partial()
      .strict(),
  })
  .partial()
  .strict()

export type EmailSettingsInput = z.infer<typeof EmailSettingsInputSchema>

export type EmailSettings = {
  notifications: Record<ShopperMailKind, { email: boolean }> & Record<AgentMailKind, { email: boolean; feed: boolean }>
}

const AGENT_EMAIL_DEFAULT: Record<AgentMailKind, boolean> = {
  agent_new_ticket: false,
  agent_assigned: true,
  agent_customer_replied: true,
}

/** The effective settings: stored values over the defaults. Bad stored data is ignored. */
export function resolveEmailSettings(stored: unknown): EmailSettings {
  const parsed = EmailSettingsInputSchema.safeParse(stored ?? {})
  const given = (parsed.success ? parsed.data.notifications : undefined) ?? {}
  const notifications = {} as EmailSettings["notifications"]
  for (const kind of SHOPPER_MAIL_KINDS) notifications[kind] = { email: given[kind]?.email ?? true }
  for (const kind of AGENT_MAIL_KINDS) {
    notifications[kind] = { email: given[kind]?.email ?? AGENT_EMAIL_DEFAULT[kind], feed: given[kind]?.feed ?? true }
  }
  return { notifications }
}

/** Stored settings with `change` applied on top (what POST /admin/support/settings writes). */
export function mergeEmailSettings(stored: unknown, change: EmailSettingsInput): EmailSettings {
  const current = resolveEmailSettings(stored)
  const notifications = { ...current.notifications } as Record<string, Record<string, boolean>>
  for (const [kind, value] of Object.entries(change.notifications ?? {})) {
    notifications[kind] = { ...notifications[kind], ...(value ?? {}) }
  }
  return { notifications: notifications as EmailSettings["notifications"] }
}
