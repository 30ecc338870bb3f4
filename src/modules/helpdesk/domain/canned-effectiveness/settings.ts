import { z } from "@medusajs/framework/zod"

/**
 * Canned-reply effectiveness (docs/automation.md "Canned-reply effectiveness"): the two
 * thresholds that decide when a reply is "ready to automate" and when an automatic one needs a
 * review. `close_rate` is a fraction (0.8 = 80 %), `min_uses` the uses in the period below which
 * a reply is still being measured. Settings -> Support section `canned_effectiveness`.
 */

export const CANNED_EFFECTIVENESS_SETTING = "canned_effectiveness"

export const CannedEffectivenessSettingsSchema = z
  .object({
    close_rate: z.number().finite().min(0).max(1),
    min_uses: z.number().int().min(1).max(1_000_000),
  })
  .strict()
export type CannedEffectivenessSettings = z.infer<typeof CannedEffectivenessSettingsSchema>

export const CannedEffectivenessSettingsInputSchema = CannedEffectivenessSettingsSchema.partial().strict()
export type CannedEffectivenessSettingsInput = z.infer<typeof CannedEffectivenessSettingsInputSchema>

export const DEFAULT_CANNED_EFFECTIVENESS_SETTINGS: CannedEffectivenessSettings = { close_rate: 0.8, min_uses: 20 }

/** What is stored, read leniently: a malformed row gives the defaults rather than an error. */
export function parseCannedEffectivenessSettings(value: unknown): CannedEffectivenessSettings {
  const parsed = CannedEffectivenessSettingsInputSchema.safeParse(value ?? {})
  return { ...DEFAULT_CANNED_EFFECTIVENESS_SETTINGS, ...(parsed.success ? parsed.data : {}) }
}

export function mergeCannedEffectivenessSettings(
  current: CannedEffectivenessSettings,
  change: CannedEffectivenessSettingsInput
): CannedEffectivenessSettings {
  return { ...current, ...change }
}
