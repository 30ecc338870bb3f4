import { z } from "@medusajs/framework/zod"

const note = z.string().trim().max(2000).nullish()
const id = z.string().min(1).max(100)
const additional_data = z.record(z.string(), z.unknown()).optional()

export const AdminCancelTicketOrder = z.object({ note, additional_data }).strict()
export type AdminCancelTicketOrderType = z.infer<typeof AdminCancelTicketOrder>

export const AdminStartTicketReturn = z
  .object({
    items: z
      .array(z.object({ id, quantity: z.number().int().positive().max(100000), reason_id: id.nullish() }).strict())
      .min(1)
      .max(200)
      .refine((items) => new Set(items.map((i) => i.id)).size === items.length, "Each item may appear once"),
    reason_id: id.nullish(),
    note,
    additional_data,
  })
  .strict()
export type AdminStartTicketReturnType = z.infer<typeof AdminStartTicketReturn>

const uniqueBy = <T>(key: (x: T) => string) => (list: T[]) => new Set(list.map(key)).size === list.length

export const AdminExchangeTicketOrder = z
  .object({
    return_items: z
      .array(z.object({ id, quantity: z.number().int().positive().max(100000), reason_id: id.nullish() }).strict())
      .min(1)
      .max(200)
      .refine(uniqueBy((i) => i.id), "Each item may appear once"),
    new_items: z
      .array(z.object({ variant_id: id, quantity: z.number().int().positive().max(100000) }).strict())
      .min(1)
      .max(200)
      .refine(uniqueBy((i) => i.variant_id), "Each variant may appear once"),
    reason_id: id.nullish(),
    note,
    additional_data,
  })
  .strict()
export type AdminExchangeTicketOrderType = z.infer<typeof AdminExchangeTicketOrder>

export const AdminRefundTicketOrder = z
  .object({ amount: z.number().finite().positive().max(1e12), note, additional_data })
  .strict()
export type AdminRefundTicketOrderType = z.infer<typeof AdminRefundTicketOrder>

export const AdminIssueGoodwillPromotion = z
  .object({
    type: z.enum(["fixed", "percentage"]),
    value: z.number().finite().positive().max(1e12),
    note,
    additional_data,
  })
  .strict()
  .refine((b) => b.type !== "percentage" || b.value <= 100, { message: "A percentage is at most 100", path: ["value"] })
export type AdminIssueGoodwillPromotionType = z.infer<typeof AdminIssueGoodwillPromotion>

export const AdminResendOrderNotification = z
  .object({ kind: z.enum(["order_confirmation", "shipping_notification"]), note })
  .strict()
export type AdminResendOrderNotificationType = z.infer<typeof AdminResendOrderNotification>

export const AdminDecideRefundApproval = z.object({ additional_data }).strict()
export type AdminDecideRefundApprovalType = z.infer<typeof AdminDecideRefundApproval>
