import { z } from "@medusajs/framework/zod"

/** Settings -> Support section `privacy` (support_setting row "privacy"). */
export const PRIVACY_SETTING = "privacy"

/**
 * What happens to a customer's tickets when Medusa deletes the customer (`customer.deleted`):
 * "keep" leaves them as they are (the default: deleting an account is not always an erasure
 * request); "anonymise" erases the requester's personal data from them, exactly as
 * POST /admin/support/privacy/erase does.
 */
export const CUSTOMER_DELETED_POLICIES = ["keep", "anonymise"] as const
export type CustomerDeletedPolicy = (typeof CUSTOMER_DELETED_POLICIES)[number]

export const PrivacySettingsSchema = z.object({ on_customer_deleted: z.enum(CUSTOMER_DELETED_POLICIES) }).strict()
export type PrivacySettings = z.infer<typeof PrivacySettingsSchema>

export const PrivacySettingsInputSchema = PrivacySettingsSchema.partial().strict()
export type PrivacySettingsInput = z.infer<typeof PrivacySettingsInputSchema>

export const DEFAULT_PRIVACY_SETTINGS: PrivacySettings = { on_customer_deleted: "keep" }

/** What is stored, read leniently: a malformed row gives the defaults rather than an error. */
export function parsePrivacySettings(value: unknown): PrivacySettings {
  const parsed = PrivacySettingsSchema.partial().safeParse(value ?? {})
  if (!parsed.success) return { ...DEFAULT_PRIVACY_SETTINGS }
  return { ...DEFAULT_PRIVACY_SETTINGS, ...parsed.data }
}
