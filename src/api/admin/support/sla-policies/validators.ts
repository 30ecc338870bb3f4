import { z } from "@medusajs/framework/zod"
import { TICKET_CHANNELS, TICKET_PRIORITIES } from "../../../../modules/helpdesk/domain/constants"
import { safeText } from "../../../../modules/helpdesk/domain/text"
import { findParams, id, selectParams } from "../../../utils/schemas"

const name = safeText({ min: 1, max: 200, trim: true })
// Up to a year of business minutes.
const minutes = z.number().int().min(1).max(525_600)

export const AdminListSlaPolicies = findParams().strict()
export type AdminListSlaPoliciesType = z.infer<typeof AdminListSlaPolicies>
export const AdminGetSlaPolicy = selectParams()

const fields = {
  name,
  priority: z.enum(TICKET_PRIORITIES).nullable().optional(),
  channel: z.enum(TICKET_CHANNELS).nullable().optional(),
  customer_group_id: id.nullable().optional(),
  first_response_minutes: minutes,
  resolution_minutes: minutes,
  business_hours_id: id.nullable().optional(),
  position: z.number().int().min(0).max(10_000).optional(),
  enabled: z.boolean().optional(),
}

export const AdminCreateSlaPolicy = z.object(fields).strict()
export type AdminCreateSlaPolicyType = z.infer<typeof AdminCreateSlaPolicy>

export const AdminUpdateSlaPolicy = z
  .object({ ...fields, name: name.optional(), first_response_minutes: minutes.optional(), resolution_minutes: minutes.optional() })
  .strict()
export type AdminUpdateSlaPolicyType = z.infer<typeof AdminUpdateSlaPolicy>
