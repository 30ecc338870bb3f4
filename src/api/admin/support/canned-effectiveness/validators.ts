import { z } from "@medusajs/framework/zod"
import { AutomateCannedReplyInput, EFFECTIVENESS_ORDERS } from "../../../../modules/helpdesk/domain/canned-effectiveness"
import { paginationParams } from "../../../utils/schemas"

const instant = z
  .string()
  .max(40)
  .refine((s) => /^\d{4}-\d{2}-\d{2}/.test(s) && !Number.isNaN(Date.parse(s)), "must be an ISO date or date-time")
  .transform((s) => new Date(s))

const ORDER_VALUES = EFFECTIVENESS_ORDERS.flatMap((f) => [f, `-${f}`] as const)

/** Uses in [from, to) by when the reply was sent; defaults: the 30 days up to now, most used first. */
export const AdminListCannedEffectiveness = z
  .object({
    from: instant.optional(),
    to: instant.optional(),
    order: z.enum(ORDER_VALUES as [string, ...string[]]).default("-uses"),
    ...paginationParams,
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from < q.to, { message: "from must be before to", path: ["from"] })
export type AdminListCannedEffectivenessType = z.infer<typeof AdminListCannedEffectiveness>

// The conditions are the rule schema's own (domain/rules/schema.ts).
export const AdminAutomateCannedReply = AutomateCannedReplyInput
export type AdminAutomateCannedReplyType = z.infer<typeof AdminAutomateCannedReply>
