import { z } from "@medusajs/framework/zod"
import { id } from "../../../../utils/schemas"

export const AdminSetAway = z
  .object({
    away: z.boolean(),
    // ISO date or date-time; a date alone means the start of that day (UTC).
    until: z.iso.datetime({ offset: true }).or(z.iso.date()).nullable().optional(),
    delegate_id: id.nullable().optional(),
  })
  .strict()
export type AdminSetAwayType = z.infer<typeof AdminSetAway>
