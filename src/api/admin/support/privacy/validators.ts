import { z } from "@medusajs/framework/zod"
import { additionalData, email, id } from "../../../utils/schemas"

/** Whose data: a customer account or an email address, exactly one of them. */
export const AdminPrivacyRequest = z
  .object({ customer_id: id.optional(), email: email.optional(), additional_data: additionalData })
  .strict()
  .refine((b) => !!b.customer_id !== !!b.email, { message: "Give exactly one of customer_id or email", path: ["customer_id"] })
export type AdminPrivacyRequestType = z.infer<typeof AdminPrivacyRequest>
