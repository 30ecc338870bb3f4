import { z } from "@medusajs/framework/zod"
import { CONTACT_RATE_ORDERS } from "../../../../modules/helpdesk/domain/reports/contact-rate-query"
import { id, paginationParams } from "../../../utils/schemas"

const instant = z
  .string()
  .max(40)
  .refine((s) => /^\d{4}-\d{2}-\d{2}/.test(s) && !Number.isNaN(Date.parse(s)), "must be an ISO date or date-time")
  .transform((s) => new Date(s))

/**
 * Contact rate per product over [from, to) (docs/reports.md); defaults: the 30 days up to now,
 * highest rate first. `product_id`: only that product (the product page's widget).
 */
export const AdminContactRateReport = z
  .object({
    from: instant.optional(),
    to: instant.optional(),
    product_id: id.optional(),
    order: z.enum(CONTACT_RATE_ORDERS).default("-contact_rate"),
    ...paginationParams,
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from < q.to, { message: "from must be before to", path: ["from"] })
export type AdminContactRateReportType = z.infer<typeof AdminContactRateReport>
