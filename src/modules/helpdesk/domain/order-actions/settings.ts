import { z } from "@medusajs/framework/zod"

/** Settings -> Support section `order_actions` (support_setting row "order_actions"). */
export const ORDER_ACTION_SETTING = "order_actions"

const amount = z.number().finite().nonnegative().max(1e12)

/**
 * Refunds above a limit wait for a second agent's approval. `refund_approval_limits` holds a limit
 * per currency (lower-case ISO code); `refund_approval_limit` applies to every other currency.
 * No limit (null, the default) means no refund needs an approval.
 */
export const OrderActionSettingsSchema = z
  .object({
    refund_approval_limit: amount.nullable(),
    refund_approval_limits: z.record(z.string().regex(/^[a-z]{3}$/), amount),
  })
  .strict()
export type OrderActionSettings = z.infer<typeof OrderActionSettingsSchema>

export const OrderActionSettingsInputSchema = OrderActionSettingsSchema.partial().strict()
export type OrderActionSettingsInput = z.infer<typeof OrderActionSettingsInputSchema>

export const DEFAULT_ORDER_ACTION_SETTINGS: OrderActionSettings = {
  refund_approval_limit: null,
  refund_approval_limits: {},
}

/** What is stored, read leniently: a malformed row gives the defaults rather than an error. */
export function parseOrderActionSettings(value: unknown): OrderActionSettings {
  const parsed = OrderActionSettingsSchema.partial().safeParse(value ?? {})
  if (!parsed.success) return { ...DEFAULT_ORDER_ACTION_SETTINGS }
  return { ...DEFAULT_ORDER_ACTION_SETTINGS, ...parsed.data }
}

export function mergeOrderActionSettings(current: OrderActionSettings, change: OrderActionSettingsInput): OrderActionSettings {
  return { ...current, ...change }
}

/** The approval limit for a currency, or null when refunds in it never need an approval. */
export function refundApprovalLimit(settings: OrderActionSettings, currencyCode: string): number | null {
  const perCurrency = settings.refund_approval_limits[currencyCode.toLowerCase()]
  if (perCurrency !== undefined) return perCurrency
  return settings.refund_approval_limit
}

/** A refund strictly above the limit needs a second agent; a refund of exactly the limit does not. */
export function refundNeedsApproval(settings: OrderActionSettings, currencyCode: string, amount: number): boolean {
  const limit = refundApprovalLimit(settings, currencyCode)
  return limit !== null && amount > limit
}
