import { z } from "@medusajs/framework/zod"

/**
 * An order action a canned reply carries (column `support_canned_reply.action`). Inserting the
 * reply on a ticket shows the action for the agent to confirm (and, for a return, to choose the
 * items); sending runs it through its own order-action route, then sends the reply. Nothing runs
 * without that confirmation. Each type holds only presets its route accepts; the rest (items,
 * amounts that depend on the order) is filled in at confirmation.
 */
const note = z.string().trim().max(2000).nullish()
const id = z.string().min(1).max(100)

export const CannedReplyActionSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("cancel"), note }).strict(),
  z.object({ type: z.literal("return"), reason_id: id.nullish(), note }).strict(),
  z
    .object({ type: z.literal("resend"), kind: z.enum(["order_confirmation", "shipping_notification"]), note })
    .strict(),
  z.object({ type: z.literal("tracking_links") }).strict(),
  z
    .object({
      type: z.literal("promotion"),
      promotion_type: z.enum(["fixed", "percentage"]),
      value: z.number().finite().positive().max(1e12),
      note,
    })
    .strict()
    .refine((a) => a.promotion_type !== "percentage" || a.value <= 100, {
      message: "A percentage is at most 100",
      path: ["value"],
    }),
])
export type CannedReplyAction = z.infer<typeof CannedReplyActionSchema>

