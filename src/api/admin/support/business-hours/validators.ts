import { z } from "@medusajs/framework/zod"
import { isValidDate, isValidTime, isValidTimeZone } from "../../../../modules/helpdesk/domain/business-time"
import { safeText } from "../../../../modules/helpdesk/domain/text"
import { findParams, selectParams } from "../../../utils/schemas"

const name = safeText({ min: 1, max: 200, trim: true })
const timezone = safeText({ min: 1, max: 100, trim: true }).refine(isValidTimeZone, { message: "must be an IANA time zone, e.g. Asia/Seoul" })
const time = z.string().max(5).refine(isValidTime, { message: "must be HH:MM (24:00 allowed as an end)" })
const interval = z
  .object({ day: z.number().int().min(0).max(6), start: time, end: time })
  .strict()
  .refine((i) => i.start !== "24:00" && i.start < i.end, { message: "must end after it starts" })
const intervals = z.array(interval).min(1).max(100)
const holidays = z.array(z.string().max(10).refine(isValidDate, { message: "must be a date YYYY-MM-DD" })).max(1000)

export const AdminListBusinessHours = findParams().strict()
export type AdminListBusinessHoursType = z.infer<typeof AdminListBusinessHours>
export const AdminGetBusinessHours = selectParams()

export const AdminCreateBusinessHours = z.object({ name, timezone, intervals, holidays: holidays.optional() }).strict()
export type AdminCreateBusinessHoursType = z.infer<typeof AdminCreateBusinessHours>

export const AdminUpdateBusinessHours = z
  .object({ name: name.optional(), timezone: timezone.optional(), intervals: intervals.optional(), holidays: holidays.optional() })
  .strict()
export type AdminUpdateBusinessHoursType = z.infer<typeof AdminUpdateBusinessHours>
